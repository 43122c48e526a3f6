import { z } from "@medusajs/framework/zod"

const MAX_URL_LENGTH = 2000

/**
 * Where the platform's own files are served from: the File module's local
 * provider answers under the backend's URL, which may be plain http on a
 * laptop.
 */
function ownOrigin(): string | null {
  try {
    return new URL(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000")
      .origin
  } catch {
    return null
  }
}

/**
 * A URL we store and later show as a link or an image: https, or a file on
 * the platform's own origin. `javascript:`, `data:`, `file:` and plain http
 * elsewhere are refused, because a stored URL ends up in an `href` or `src`
 * in front of shoppers and operators.
 */
export function isSafeUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) {
    return false
  }
  return url.protocol === "https:" || url.origin === ownOrigin()
}

export const safeUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(
      MAX_URL_LENGTH,
      `${field} must be at most ${MAX_URL_LENGTH} characters`
    )
    .refine(
      isSafeUrl,
      `${field} must be an https:// URL or a file uploaded to this platform`
    )

/** As `safeUrl`, but "" means none (shipment labels send "" for no link). */
export const optionalSafeUrl = (field: string) =>
  z.union([z.literal(""), safeUrl(field)])
