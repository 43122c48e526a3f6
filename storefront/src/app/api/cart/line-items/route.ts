import { NextResponse, type NextRequest } from "next/server"
import { addLineToCart } from "@lib/data/cart"
import { readAddToCartForm } from "@lib/util/cart-form"
import { acceptsJson, isSameOrigin, localPath } from "@lib/util/form-post"
import { medusaErrorMessage } from "@lib/util/medusa-error"

/**
 * Add to cart, as a plain form POST rather than a server action: the
 * product page's button fetches it and updates the header's badge itself.
 * A server action that changes a cookie re-renders the page in its answer,
 * and Next.js 15 then intermittently never commits that answer, leaving the
 * button at 正在加入… (docs/architecture.md, "Add to cart").
 *
 * `Accept: application/json` answers `{ count }` or `{ error }`. A browser
 * without JavaScript posts the form and is sent on with a 303: to `to` (the
 * cart) once added, or back to `from` (the product) when refused.
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
  const seeOther = (path: string) =>
    new NextResponse(null, { status: 303, headers: { Location: path } })
  const back = localPath(form?.get("from"), "/")
  const input = readAddToCartForm(form)
  if (!input.ok) {
    return wantsJson
      ? NextResponse.json({ error: input.error }, { status: 400 })
      : seeOther(back)
  }
  try {
    const count = await addLineToCart(input.variantId, input.quantity)
    return wantsJson
      ? NextResponse.json({ count })
      : seeOther(localPath(form?.get("to"), "/cart"))
  } catch (error) {
    const status = (error as { status?: number }).status
    return wantsJson
      ? NextResponse.json(
          { error: medusaErrorMessage(error) },
          { status: status && status >= 400 && status < 500 ? status : 502 }
        )
      : seeOther(back)
  }
}
