import "server-only"
import { consoleLocale, refusalState } from "./refusal-state"
import {
  parseProductDetails,
  parseVariantPrices,
  productCreateFieldOf,
  variantPricesFieldOf,
} from "@modules/co-op/lib/forms"
import {
  currentProduct,
  productPath,
  refreshCatalogue,
  vendorPost,
} from "./vendor-product-api"
import {
  changedParts,
  initialValues,
  parseStockField,
  saveInOrder,
  stockFieldOf,
  type EditPart,
  type ProductSaveState,
} from "@modules/co-op/lib/product-edit"
import { retrieveVendorSession } from "./vendor-session"

/**
 * The co-op product page's one save: the parts the farmer changed
 * (`modules/co-op/lib/product-edit.ts`) are all checked first, so a
 * mistyped field saves nothing; then each goes to its own backend route in
 * order, and a refusal stops there with what was saved and what was not.
 */
export async function saveProductEdit(
  formData: FormData
): Promise<ProductSaveState> {
  const session = await retrieveVendorSession()
  if (!session) return { error: "signedOut" }
  const locale = consoleLocale(formData)
  const parts = changedParts(initialValues(formData.get("initial")), formData)
  if (!parts.length) {
    return { error: null, ok: true, saved: [], unsaved: [], unchanged: true }
  }
  const path = productPath(formData)
  const needsProduct = parts.some(
    (p) => p.part === "details" || p.part === "prices"
  )
  let product: Awaited<ReturnType<typeof currentProduct>> | undefined
  try {
    product = needsProduct ? await currentProduct(formData) : undefined
  } catch (error) {
    return { ...(await refusalState(error, locale)), unsaved: parts }
  }
  const variantIds = (product?.variants ?? []).map((v) => v.id)

  // Check every changed part before sending any.
  const fields: Record<string, string> = {}
  const bodies = new Map<EditPart, { path: string; body: object }>()
  for (const part of parts) {
    if (part.part === "details") {
      const parsed = parseProductDetails(formData, product?.metadata)
      if (parsed.ok) bodies.set(part, { path, body: parsed.value })
      else Object.assign(fields, parsed.fields)
    } else if (part.part === "prices") {
      const parsed = parseVariantPrices(formData, variantIds)
      if (parsed.ok) bodies.set(part, { path, body: { variants: parsed.value } })
      else Object.assign(fields, parsed.fields)
    } else if (part.part === "stock") {
      const parsed = parseStockField(formData, part.variantId)
      if (parsed.ok)
        bodies.set(part, {
          path: `${path}/variants/${encodeURIComponent(part.variantId)}/stock`,
          body: { stocked_quantity: parsed.value },
        })
      else Object.assign(fields, parsed.fields)
    } else {
      const handle = String(formData.get("brand_handle") ?? "").trim()
      bodies.set(part, {
        path: `${path}/brand`,
        body: { brand_handle: handle || null },
      })
    }
  }
  if (Object.keys(fields).length) {
    return { error: "checkFields", fields, saved: [], unsaved: parts }
  }

  const state = await saveInOrder(
    parts,
    async (part) => {
      const { path: to, body } = bodies.get(part)!
      await vendorPost(to, body as Record<string, unknown>)
    },
    (part, error) =>
      refusalState(error, locale, ({ field }) =>
        part.part === "details"
          ? productCreateFieldOf(field, [])
          : part.part === "prices"
            ? variantPricesFieldOf(field, variantIds)
            : part.part === "stock"
              ? stockFieldOf(part.variantId)(field)
              : "brand_handle"
      )
  )
  if (state.saved?.length) refreshCatalogue()
  return state
}
