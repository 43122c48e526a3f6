import { NextResponse, type NextRequest } from "next/server"
import { consoleLocale } from "@lib/data/refusal-state"
import { saveProductEdit } from "@lib/data/vendor-product-save"
import { acceptsJson, isSameOrigin } from "@lib/util/form-post"
import { href } from "@lib/util/href"
import { medusaErrorMessage } from "@lib/util/medusa-error"

/**
 * The co-op product page's one save, as a plain form POST rather than a
 * server action: the page's form fetches it, shows the answer and then
 * refreshes the page itself. A server action whose answer re-renders the
 * page can, on Next.js 15, intermittently never commit and leave its
 * button pending (docs/architecture.md, "Add to cart is not a server
 * action").
 *
 * `Accept: application/json` answers the form's state (ProductSaveState).
 * A browser without JavaScript posts the form and is sent back to the
 * product with `?saved=1` (all saved) or `?saved=0` (something refused).
 */
export async function POST(request: NextRequest) {
  const wantsJson = acceptsJson(request.headers)
  if (!isSameOrigin(request.headers)) {
    return NextResponse.json(
      { error: "Cross-site request refused" },
      { status: 403 }
    )
  }
  const form = await request.formData().catch(() => null)
  if (!form) {
    return NextResponse.json({ error: "Form expected" }, { status: 400 })
  }
  let state
  try {
    state = await saveProductEdit(form)
  } catch (error) {
    state = { error: medusaErrorMessage(error) }
  }
  if (wantsJson) {
    return NextResponse.json(state)
  }
  const id = encodeURIComponent(String(form.get("product_id") ?? ""))
  const back = href(
    consoleLocale(form),
    `/co-op/products/${id}?saved=${state.ok ? 1 : 0}`
  )
  return new NextResponse(null, { status: 303, headers: { Location: back } })
}
