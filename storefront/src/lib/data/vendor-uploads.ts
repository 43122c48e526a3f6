import "server-only"
import { sdk } from "../config"
import { getVendorAuthHeaders } from "./cookies"

/**
 * Sends files to POST /vendors/uploads with the console login; each comes
 * back stored as WebP with a thumbnail. Not an action itself: the actions
 * that take a file call it.
 */
export async function uploadVendorFiles(files: File[]) {
  const body = new FormData()
  for (const file of files) {
    body.append("files", file, file.name)
  }
  const { images } = await sdk.client.fetch<{
    images: { url: string; thumbnail_url: string }[]
  }>("/vendors/uploads", {
    method: "POST",
    body,
    // The SDK sends JSON unless told otherwise; fetch sets the multipart boundary.
    headers: { ...(await getVendorAuthHeaders()), "content-type": null },
  } as Parameters<typeof sdk.client.fetch>[1])
  return images
}

/** The non-empty files a form sent under `name` (no file chosen sends an empty one). */
export function formFiles(formData: FormData, name: string): File[] {
  return formData
    .getAll(name)
    .filter((f): f is File => typeof f === "object" && f !== null)
}
