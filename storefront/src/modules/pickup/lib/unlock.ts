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
