/** Rules the console's unlock form shares with `POST /pickup/parcels/:id/unlock`. */

/** The backend's shortest reason (docs/api.md, "Pickup-point staff"). */
export const MIN_UNLOCK_REASON = 4
export const MAX_UNLOCK_REASON = 500

/** The reason as the backend will keep it, or why it cannot be sent. */
export function readUnlockReason(
  raw: string
): { reason: string } | { error: "reasonShort" } {
  const reason = raw.trim().slice(0, MAX_UNLOCK_REASON)
  // Counted in characters as people see them: 4 Chinese characters suffice.
  return [...reason].length >= MIN_UNLOCK_REASON
    ? { reason }
    : { error: "reasonShort" }
}

export type UnlockFailure =
  | { kind: "onlyManager" | "nothing" | "notFound" | "reasonShort" }
  | { kind: "status"; status: string }
  | { kind: "other"; message: string }

/**
 * What a refused unlock means, read from the HTTP status first (403 is
 * always "not a manager", 404 "not at your point") and the message only
 * to tell the 400s apart.
 */
export function unlockFailure(
  httpStatus: number | undefined,
  message: string
): UnlockFailure {
  if (httpStatus === 403) {
    return { kind: "onlyManager" }
  }
  if (httpStatus === 404) {
    return { kind: "notFound" }
  }
  const status = /^Parcel "[^"]+" is (\w+); only/.exec(message.trim())
  if (status) {
    return { kind: "status", status: status[1] }
  }
  if (/nothing to unlock/.test(message)) {
    return { kind: "nothing" }
  }
  if (/'reason'|reason must/.test(message)) {
    return { kind: "reasonShort" }
  }
  return { kind: "other", message }
}
