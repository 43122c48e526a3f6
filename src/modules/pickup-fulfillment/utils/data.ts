/** Temperature zones of a pickup point, warmest first. */
export const PICKUP_ZONES = ["ambient", "chilled", "frozen"] as const
export type PickupZoneName = (typeof PICKUP_ZONES)[number]

export function isPickupZone(value: unknown): value is PickupZoneName {
  return (
    typeof value === "string" &&
    (PICKUP_ZONES as readonly string[]).includes(value)
  )
}

/** Why a pickup option's data is invalid, or null. */
export function checkPickupOptionData(
  data: Record<string, unknown> | null | undefined
): string | null {
  if (!isPickupZone(data?.zone)) {
    return `data.zone must be one of ${PICKUP_ZONES.join(", ")} for a pickup shipping option (got ${JSON.stringify(data?.zone ?? null)}).`
  }
  return null
}

export type PickupMethodData = {
  pickup_point_id: string
  locker_consent?: boolean
  locker_consent_at?: string
}

/**
 * Checks a pickup shipping method's data: `pickup_point_id` is a non-empty
 * string, `locker_consent` a boolean when given. Consent given now is
 * stamped with `locker_consent_at`.
 */
export function checkPickupMethodData(
  data: Record<string, unknown> | null | undefined,
  now: Date
): { ok: true; data: PickupMethodData } | { ok: false; message: string } {
  const pointId = data?.pickup_point_id
  if (typeof pointId !== "string" || !pointId.trim()) {
    return {
      ok: false,
      message:
        "data.pickup_point_id is required for a pickup shipping option: 请选择自提点 / choose a pickup point (GET /store/pickup-points).",
    }
  }
  const consent = data?.locker_consent
  if (consent !== undefined && typeof consent !== "boolean") {
    return {
      ok: false,
      message: `data.locker_consent must be true or false (got ${JSON.stringify(consent)}).`,
    }
  }
  const result: PickupMethodData = { pickup_point_id: pointId.trim() }
  if (consent !== undefined) {
    result.locker_consent = consent
  }
  if (consent === true) {
    result.locker_consent_at = now.toISOString()
  }
  return { ok: true, data: result }
}
