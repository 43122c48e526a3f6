"use server"

import { revalidateTag } from "next/cache"
import {
  movePhoto,
  photoFilesProblem,
  photosUpdate,
  productPhotos,
  type Photo,
  type PhotoMove,
} from "@modules/co-op/lib/photos"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { medusaErrorMessage } from "../util/medusa-error"
import { getVendorAuthHeaders } from "./cookies"
import { refreshConsole } from "./vendor-refresh"
import { retrieveVendorSession } from "./vendor-session"
import { formFiles, uploadVendorFiles } from "./vendor-uploads"
import type { ApiVendorProduct, CoopActionState } from "../../types/co-op"

const productPath = (formData: FormData) =>
  `/vendors/products/${encodeURIComponent(String(formData.get("product_id") ?? ""))}`

/** The product's photos and metadata as they are now. */
async function currentPhotos(formData: FormData) {
  const { product } = await sdk.client.fetch<{ product: ApiVendorProduct }>(
    productPath(formData),
    {
      query: { fields: "id,metadata,images.url,images.rank" },
      headers: await getVendorAuthHeaders(),
      cache: "no-store",
    }
  )
  return { photos: productPhotos(product), metadata: product.metadata }
}

async function savePhotos(
  formData: FormData,
  photos: Photo[],
  metadata: Record<string, unknown> | null | undefined
) {
  await sdk.client.fetch(productPath(formData), {
    method: "POST",
    body: photosUpdate(photos, metadata),
    headers: await getVendorAuthHeaders(),
  })
  refreshConsole()
  revalidateTag(TAGS.catalogue)
}

/**
 * Uploads the chosen photos (POST /vendors/uploads stores each as WebP
 * with a thumbnail) and adds them after the product's current photos.
 */
export async function uploadProductPhotos(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  if (!(await retrieveVendorSession())) return { error: "signedOut" }
  const files = formFiles(formData, "photos")
  try {
    const { photos, metadata } = await currentPhotos(formData)
    const problem = photoFilesProblem(files, photos.length)
    if (problem) {
      return { error: "checkFields", fields: { photos: problem } }
    }
    const images = await uploadVendorFiles(files.filter((f) => f.size > 0))
    const added = images.map((i) => ({
      url: i.url,
      thumbnail: i.thumbnail_url,
    }))
    await savePhotos(formData, [...photos, ...added], metadata)
  } catch (error) {
    return {
      error: "checkFields",
      fields: { photos: medusaErrorMessage(error) },
    }
  }
  return { error: null, ok: true }
}

/** Makes a photo the main one, moves it one earlier, or removes it. */
export async function changeProductPhoto(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  if (!(await retrieveVendorSession())) return { error: "signedOut" }
  const url = String(formData.get("url") ?? "")
  const move = String(formData.get("move") ?? "") as PhotoMove
  if (!["first", "earlier", "remove"].includes(move)) {
    return { error: "checkFields" }
  }
  try {
    const { photos, metadata } = await currentPhotos(formData)
    const index = photos.findIndex((p) => p.url === url)
    if (index < 0) return { error: null, ok: true }
    await savePhotos(formData, movePhoto(photos, index, move), metadata)
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  return { error: null, ok: true }
}
