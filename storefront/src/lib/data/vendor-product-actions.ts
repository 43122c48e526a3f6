"use server"

import { revalidateTag } from "next/cache"
import { photoFilesProblem } from "@modules/co-op/lib/photos"
import { redirect } from "next/navigation"
import { TAGS } from "../constants"
import { href } from "../util/href"
import { medusaErrorMessage, type FieldRefusal } from "../util/medusa-error"
import { consoleLocale, refusalState } from "./refusal-state"
import {
  CERTIFICATION_API_FIELDS,
  formFieldOf,
  gradeFieldOf,
  parseCertification,
  parseGrade,
  parseProductCreate,
  parseVariantCreate,
  productCreateFieldOf,
  sentVariantRows,
  VARIANT_API_FIELDS,
} from "@modules/co-op/lib/forms"
import {
  currentProduct,
  productPath,
  refreshCatalogue,
  vendorPost,
} from "./vendor-product-api"
import { refreshConsole } from "./vendor-refresh"
import { retrieveVendorSession } from "./vendor-session"
import { formFiles, uploadVendorFiles } from "./vendor-uploads"
import type {
  CoopActionState,
  VendorSession,
} from "../../types/co-op"

const SIGNED_OUT: CoopActionState = { error: "signedOut" }
const OK: CoopActionState = { error: null, ok: true }

const localeOf = consoleLocale

type FieldOf = (refusal: FieldRefusal) => string | null

/** A refusal at the form field its API field maps to in `apiFields`. */
const atFields =
  (apiFields: Record<string, string>): FieldOf =>
  (refusal) =>
    formFieldOf(refusal.field, apiFields)

/**
 * One product action of the signed-in member: `send` checks the form and
 * calls the API, returning a state to stop with (the form's field errors,
 * or nothing to change) or nothing once the API took the change. A refusal
 * is worded in the form's language, each part at the form field `fieldOf`
 * names (or beside the submit button). After a change the console and the
 * shop's catalogue refresh and the state is ok.
 */
async function productAction(
  formData: FormData,
  send: (session: VendorSession) => Promise<CoopActionState | void>,
  fieldOf?: FieldOf
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  try {
    const stop = await send(session)
    if (stop) return stop
  } catch (error) {
    return refusalState(error, localeOf(formData), fieldOf)
  }
  refreshCatalogue()
  return OK
}

const fieldErrors = (fields: Record<string, string>): CoopActionState => ({
  error: "checkFields",
  fields,
})

const variantPath = (formData: FormData, variantId: string) =>
  `${productPath(formData)}/variants/${encodeURIComponent(variantId)}`

const formVariantId = (formData: FormData) =>
  String(formData.get("variant_id") ?? "")

export async function createProduct(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  let id = ""
  const rows = sentVariantRows(formData)
  const state = await productAction(
    formData,
    async (session) => {
      const parsed = parseProductCreate(formData, {
        pending: session.vendor.status === "pending_review",
        skuPrefix: `TT-${Date.now().toString(36).toUpperCase()}`,
      })
      if (!parsed.ok) return fieldErrors(parsed.fields)
      const { product } = await vendorPost<{ product: { id: string } }>(
        "/vendors/products",
        parsed.value
      )
      id = product.id
    },
    (refusal) => productCreateFieldOf(refusal.field, rows)
  )
  if (!state.ok) return state
  redirect(href(localeOf(formData), `/co-op/products/${id}?created=1`))
}

/**
 * Adds a size (Medusa ≥ 2.16 cannot add option values through a product
 * update, so this has its own route): title, CNY price, starting stock at
 * the co-op's location, and a SKU.
 */
export async function addVariant(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return productAction(
    formData,
    async (session) => {
      const product = await currentProduct(formData)
      const parsed = parseVariantCreate(formData, {
        withStock: Boolean(session.vendor.stock_location?.id),
        skuPrefix: `TT-${Date.now().toString(36).toUpperCase()}`,
        existingTitles: (product.variants ?? []).map((v) => v.title),
      })
      if (!parsed.ok) return fieldErrors(parsed.fields)
      await vendorPost(`${productPath(formData)}/variants`, parsed.value)
    },
    atFields(VARIANT_API_FIELDS)
  )
}

/** Removes a size; the API refuses the last one and one with reserved stock. */
export async function removeVariant(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return productAction(formData, async () => {
    if (formData.get("confirm") !== "yes") {
      return fieldErrors({ confirm: "confirmDelete" })
    }
    await vendorPost(
      variantPath(formData, formVariantId(formData)),
      undefined,
      "DELETE"
    )
  })
}

export async function declareGrade(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const parsed = parseGrade(formData)
  return productAction(
    formData,
    async () => {
      if (!parsed.ok) return fieldErrors(parsed.fields)
      await vendorPost(
        `${variantPath(formData, formVariantId(formData))}/grade`,
        parsed.value
      )
    },
    // The API names each measurement that misses the level: show each
    // refusal at its measurement, in the console's language.
    (refusal) =>
      gradeFieldOf(refusal, parsed.ok ? parsed.value.measurements : [])
  )
}

export async function clearGrade(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return productAction(formData, async () => {
    await vendorPost(
      `${variantPath(formData, formVariantId(formData))}/grade`,
      undefined,
      "DELETE"
    )
  })
}

/** Attaches the ticked certificates and detaches the others of the list. */
export async function updateProductCertifications(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return productAction(formData, async () => {
    const ticked = new Set(formData.getAll("certification").map(String))
    const wasAttached = new Set(formData.getAll("attached").map(String))
    const listed = formData.getAll("listed").map(String)
    const add = listed.filter((id) => ticked.has(id) && !wasAttached.has(id))
    const remove = listed.filter((id) => !ticked.has(id) && wasAttached.has(id))
    if (!add.length && !remove.length) return OK
    await vendorPost(`${productPath(formData)}/certifications`, { add, remove })
  })
}

export async function declareCertification(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  // A photo or scan of the certificate, when chosen, is uploaded first and
  // stands as its evidence; a link to an online record still works.
  const scan = formFiles(formData, "evidence_file").filter((f) => f.size > 0)
  if (scan.length) {
    const problem = photoFilesProblem(scan.slice(0, 1), 0)
    if (problem) return fieldErrors({ evidence_file: problem })
    try {
      const [image] = await uploadVendorFiles(scan.slice(0, 1))
      formData.set("evidence_url", image.url)
    } catch (error) {
      return fieldErrors({ evidence_file: medusaErrorMessage(error) })
    }
  }
  if (!String(formData.get("evidence_url") ?? "").trim()) {
    return fieldErrors({ evidence_file: "evidenceRequired" })
  }
  const parsed = parseCertification(formData)
  if (!parsed.ok) return fieldErrors(parsed.fields)
  try {
    await vendorPost("/vendors/certifications", parsed.value)
  } catch (error) {
    return refusalState(
      error,
      localeOf(formData),
      atFields(CERTIFICATION_API_FIELDS)
    )
  }
  // A certificate is the co-op's, not yet any product's: no catalogue change.
  revalidateTag(TAGS.vendorClaims(session.vendor.id))
  refreshConsole()
  return OK
}

export async function deleteProduct(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const state = await productAction(formData, async () => {
    if (formData.get("confirm") !== "yes") {
      return fieldErrors({ confirm: "confirmDelete" })
    }
    await vendorPost(productPath(formData), undefined, "DELETE")
  })
  if (!state.ok) return state
  redirect(href(localeOf(formData), "/co-op/products?deleted=1"))
}
