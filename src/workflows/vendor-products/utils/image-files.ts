/** The photo types a co-op may upload, by the MIME type the browser declares. */
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

/** 8 MB: a full-resolution phone photo, with room to spare. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024
/** Files in one upload request. */
export const MAX_IMAGES_PER_UPLOAD = 8
/** The longest side, in pixels, of the stored photo and of its thumbnail. */
export const IMAGE_MAX_SIDE = 1600
export const THUMBNAIL_MAX_SIDE = 480

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length &&
  signature.every((byte, i) => bytes[at + i] === byte)

/**
 * The image type a file's first bytes say it is, or null. The declared type
 * comes from the client and proves nothing; the bytes decide.
 */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return "image/jpeg"
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return "image/png"
  }
  // RIFF....WEBP
  if (
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) &&
    startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)
  ) {
    return "image/webp"
  }
  return null
}

export type UploadedImage = {
  filename: string
  mimeType: string
  size: number
  bytes: Buffer
}

/** Why a file may not be stored as a product photo, or undefined. */
export function imageProblem(file: UploadedImage): string | undefined {
  const name = JSON.stringify(file.filename)
  if (!(IMAGE_TYPES as readonly string[]).includes(file.mimeType)) {
    return `files: ${name} is ${file.mimeType || "of no type"}; photos must be ${IMAGE_TYPES.join(", ")}.`
  }
  if (file.size > MAX_IMAGE_BYTES) {
    return `files: ${name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a photo may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`
  }
  const actual = sniffImageType(file.bytes)
  if (actual !== file.mimeType) {
    return `files: ${name} is declared ${file.mimeType} but its content is ${actual ?? "not an image"}.`
  }
}

/**
 * The stored name of a co-op's photo: it carries the co-op's id, so a
 * product update can tell the co-op's own uploads from anyone else's.
 */
export function vendorImageName(vendorId: string, key: string, thumb: boolean) {
  return `vendor-${vendorId}-${key}${thumb ? "-thumb" : ""}.webp`
}

/** Whether `url` names a photo uploaded by co-op `vendorId`. */
export function isVendorUpload(url: string, vendorId: string): boolean {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return false
  }
  const name = path.slice(path.lastIndexOf("/") + 1)
  const escaped = vendorId.replace(/[^A-Za-z0-9_]/g, "")
  return new RegExp(`(^|-)vendor-${escaped}-[a-z0-9]+(-thumb)?\\.webp$`).test(
    name
  )
}
