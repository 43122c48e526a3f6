import { toHalfWidth } from "@lib/util/half-width"

/**
 * What staff type or scan at the counter. Chinese IMEs produce full-width
 * digits (０-９); people read codes in groups ("042 917"); a scanner gun
 * types the QR payload followed by Enter into whatever field has focus.
 */

/** The digits of a typed code: full-width digits converted, spaces and dashes dropped. */
export function normalizeCode(raw: string): string {
  return toHalfWidth(raw).replace(/[\s\-–—_.·]/g, "")
}

export const CODE_LENGTH = 6

export function isCompleteCode(code: string): boolean {
  return /^\d{6}$/.test(code)
}

const QR_PATTERN = /^tpk1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/

function decodeBase64Url(text: string): string | null {
  try {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/")
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4)
    const binary = atob(padded)
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return new TextDecoder().decode(bytes)
  } catch {
    return null
  }
}

export type PickupQr = { qr: string; parcel_id: string }

/**
 * Recognises a Tiantou pickup QR (`tpk1.<base64url JSON>.<signature>`) and
 * reads which parcel it is for, so the console knows where to send it. The
 * signature is the backend's to check; the code inside is never returned.
 */
export function parsePickupQr(raw: string | null | undefined): PickupQr | null {
  const text = (raw ?? "").trim()
  const match = QR_PATTERN.exec(text)
  if (!match) {
    return null
  }
  const json = decodeBase64Url(match[1])
  if (!json) {
    return null
  }
  try {
    const body = JSON.parse(json) as { p?: unknown }
    if (typeof body.p !== "string" || !/^pcl_[0-9A-Za-z]+$/.test(body.p)) {
      return null
    }
    return { qr: text, parcel_id: body.p }
  } catch {
    return null
  }
}

export type HandoverInput =
  | { code: string }
  | { qr: string; parcel_id: string }
  | { error: "empty" | "format" }

/** What the code field holds: a 6-digit code, a scanned QR payload, or neither. */
export function readHandoverInput(raw: string): HandoverInput {
  const qr = parsePickupQr(raw)
  if (qr) {
    return qr
  }
  const code = normalizeCode(raw)
  if (!code) {
    return { error: "empty" }
  }
  return isCompleteCode(code) ? { code } : { error: "format" }
}
