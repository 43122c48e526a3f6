/** The product-photo rules the console checks before it sends anything (the API checks them again). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
/** Per upload in the console: Next's server-action body limit is 26 MB. */
export const MAX_PHOTOS_PER_UPLOAD = 3
export const MAX_PHOTOS = 12

export type PhotoFile = { name: string; type: string; size: number }

/** The error code for the chosen files, or null when they may be sent. */
export function photoFilesProblem(
  files: PhotoFile[],
  existing: number
): string | null {
  const chosen = files.filter((f) => f.size > 0)
  if (!chosen.length) return "photoRequired"
  if (chosen.length > MAX_PHOTOS_PER_UPLOAD) return "photoCount"
  if (existing + chosen.length > MAX_PHOTOS) return "photoTotal"
  if (chosen.some((f) => !PHOTO_TYPES.includes(f.type))) return "photoType"
  if (chosen.some((f) => f.size > MAX_PHOTO_BYTES)) return "photoSize"
  return null
}

/** A product's photos as the console edits them: URL and thumbnail URL. */
export type Photo = { url: string; thumbnail: string }

/** The product's photos in gallery order, each with its thumbnail. */
export function productPhotos(product: {
  images?: { url: string; rank?: number | null }[] | null
  metadata?: Record<string, unknown> | null
}): Photo[] {
  const thumbs = (product.metadata?.photo_thumbnails ?? {}) as Record<
    string,
    string
  >
  return [...(product.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map(({ url }) => ({ url, thumbnail: thumbs[url] ?? url }))
}

export type PhotoMove = "first" | "earlier" | "remove"

/** The photos after one console action on the photo at `index`. */
export function movePhoto(
  photos: Photo[],
  index: number,
  move: PhotoMove
): Photo[] {
  if (index < 0 || index >= photos.length) return photos
  const next = [...photos]
  const [photo] = next.splice(index, 1)
  if (move === "remove") return next
  next.splice(move === "first" ? 0 : Math.max(0, index - 1), 0, photo)
  return next
}

/**
 * The product update that sets `photos`: the gallery in order, the first
 * photo's thumbnail as the product's, and each photo's thumbnail kept in
 * metadata so the next reorder finds it.
 */
export function photosUpdate(
  photos: Photo[],
  metadata: Record<string, unknown> | null | undefined
) {
  return {
    images: photos.map(({ url }) => ({ url })),
    thumbnail: photos[0]?.thumbnail ?? null,
    metadata: {
      ...(metadata ?? {}),
      photo_thumbnails: Object.fromEntries(
        photos.map((p) => [p.url, p.thumbnail])
      ),
    },
  }
}
