"use server"

import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { href } from "../util/href"
import { medusaErrorMessage } from "../util/medusa-error"
import { getVendorAuthHeaders } from "./cookies"
import {
  apiErrorField,
  cleanApiMessage,
  CERTIFICATION_API_FIELDS,
  gradeErrorsByField,
  parseCertification,
  parseGrade,
  parseProductCreate,
  parseProductDetails,
  parseStock,
  parseVariantCreate,
  parseVariantPrices,
  VARIANT_API_FIELDS,
} from "./vendor-forms"
import { refreshConsole } from "./vendor-refresh"
import { retrieveVendorSession } from "./vendor-session"
import type { ApiVendorProduct, CoopActionState } from "./vendor-types"

const SIGNED_OUT: CoopActionState = { error: "signedOut" }

const localeOf = (formData: FormData) =>
  formData.get("locale") === "en" ? "en" : "zh-CN"

/** POST to `/vendors/*` with the console login. */
async function vendorPost<T>(
  path: string,
  body: Record<string, unknown> | undefined,
  method = "POST"
) {
  return sdk.client.fetch<T>(path, {
    method,
    body: method === "DELETE" ? undefined : body,
    headers: await getVendorAuthHeaders(),
  })
}

const productPath = (formData: FormData) =>
  `/vendors/products/${encodeURIComponent(String(formData.get("product_id") ?? ""))}`

/** The product as it is now (to send back every variant, and its metadata). */
async function currentProduct(formData: FormData) {
  const { product } = await sdk.client.fetch<{ product: ApiVendorProduct }>(
    productPath(formData),
    {
      query: { fields: "id,metadata,variants.id,variants.title" },
      headers: await getVendorAuthHeaders(),
      cache: "no-store",
    }
  )
  return product
}

function refreshCatalogue() {
  refreshConsole()
  // The shop's catalogue shows the co-op's products too.
  revalidateTag(TAGS.catalogue)
}

export async function createProduct(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const parsed = parseProductCreate(formData, {
    pending: session.vendor.status === "pending_review",
    skuPrefix: `TT-${Date.now().toString(36).toUpperCase()}`,
  })
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  let id: string
  try {
    const { product } = await vendorPost<{ product: { id: string } }>(
      "/vendors/products",
      parsed.value
    )
    id = product.id
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  redirect(href(localeOf(formData), `/co-op/products/${id}?created=1`))
}

export async function updateProductDetails(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  try {
    const product = await currentProduct(formData)
    const parsed = parseProductDetails(formData, product.metadata)
    if (!parsed.ok) {
      return { error: "checkFields", fields: parsed.fields }
    }
    await vendorPost(productPath(formData), parsed.value)
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

export async function updateVariantPrices(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  try {
    const product = await currentProduct(formData)
    const parsed = parseVariantPrices(
      formData,
      (product.variants ?? []).map((v) => v.id)
    )
    if (!parsed.ok) {
      return { error: "checkFields", fields: parsed.fields }
    }
    await vendorPost(productPath(formData), { variants: parsed.value })
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  return { error: null, ok: true }
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
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  try {
    const product = await currentProduct(formData)
    const parsed = parseVariantCreate(formData, {
      withStock: Boolean(session.vendor.stock_location?.id),
      skuPrefix: `TT-${Date.now().toString(36).toUpperCase()}`,
      existingTitles: (product.variants ?? []).map((v) => v.title),
    })
    if (!parsed.ok) {
      return { error: "checkFields", fields: parsed.fields }
    }
    await vendorPost(`${productPath(formData)}/variants`, parsed.value)
  } catch (error) {
    const message = medusaErrorMessage(error)
    const field = apiErrorField(message, VARIANT_API_FIELDS)
    return field
      ? { error: "checkFields", fields: { [field]: cleanApiMessage(message) } }
      : { error: message }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

/** Removes a size; the API refuses the last one and one with reserved stock. */
export async function removeVariant(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  if (formData.get("confirm") !== "yes") {
    return { error: "checkFields", fields: { confirm: "confirmDelete" } }
  }
  const variantId = encodeURIComponent(String(formData.get("variant_id") ?? ""))
  try {
    await vendorPost(
      `${productPath(formData)}/variants/${variantId}`,
      undefined,
      "DELETE"
    )
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

export async function setVariantStock(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const parsed = parseStock(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  try {
    await vendorPost(
      `${productPath(formData)}/variants/${encodeURIComponent(parsed.value.variantId)}/stock`,
      { stocked_quantity: parsed.value.stocked_quantity }
    )
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

export async function declareGrade(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const parsed = parseGrade(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  const variantId = encodeURIComponent(String(formData.get("variant_id") ?? ""))
  try {
    await vendorPost(
      `${productPath(formData)}/variants/${variantId}/grade`,
      parsed.value
    )
  } catch (error) {
    // The API names each measurement that misses the level: show each
    // sentence at its field.
    const { fields, rest } = gradeErrorsByField(
      medusaErrorMessage(error),
      parsed.value.measurements
    )
    return Object.keys(fields).length
      ? { error: rest || "checkFields", fields }
      : { error: rest }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

export async function clearGrade(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const variantId = encodeURIComponent(String(formData.get("variant_id") ?? ""))
  try {
    await vendorPost(
      `${productPath(formData)}/variants/${variantId}/grade`,
      undefined,
      "DELETE"
    )
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

export async function setProductBrand(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const handle = String(formData.get("brand_handle") ?? "").trim()
  try {
    await vendorPost(`${productPath(formData)}/brand`, {
      brand_handle: handle || null,
    })
  } catch (error) {
    const message = medusaErrorMessage(error)
    return { error: "checkFields", fields: { brand_handle: message } }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

/** Attaches the ticked certificates and detaches the others of the list. */
export async function updateProductCertifications(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const ticked = new Set(formData.getAll("certification").map(String))
  const wasAttached = new Set(formData.getAll("attached").map(String))
  const listed = formData.getAll("listed").map(String)
  const add = listed.filter((id) => ticked.has(id) && !wasAttached.has(id))
  const remove = listed.filter((id) => !ticked.has(id) && wasAttached.has(id))
  if (!add.length && !remove.length) {
    return { error: null, ok: true }
  }
  try {
    await vendorPost(`${productPath(formData)}/certifications`, { add, remove })
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  return { error: null, ok: true }
}

export async function declareCertification(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  const parsed = parseCertification(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  try {
    await vendorPost("/vendors/certifications", parsed.value)
  } catch (error) {
    const message = medusaErrorMessage(error)
    const field = apiErrorField(message, CERTIFICATION_API_FIELDS)
    return field
      ? { error: "checkFields", fields: { [field]: cleanApiMessage(message) } }
      : { error: message }
  }
  revalidateTag(TAGS.vendorClaims(session.vendor.id))
  refreshConsole()
  return { error: null, ok: true }
}

export async function deleteProduct(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return SIGNED_OUT
  if (formData.get("confirm") !== "yes") {
    return { error: "checkFields", fields: { confirm: "confirmDelete" } }
  }
  try {
    await vendorPost(productPath(formData), undefined, "DELETE")
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  refreshCatalogue()
  redirect(href(localeOf(formData), "/co-op/products?deleted=1"))
}
