import type { Refusal } from "../../../utils/refusal"

/**
 * Pure rules of a parcel's life at a pickup point: which parcels hold a
 * compartment and a live code, the handover lockout, and the overdue policy.
 * Refusals name their rule and values (docs/api.md "Errors") so the pickup
 * console words them in the clerk's language.
 */

export type ParcelStatus =
  | "awaiting_arrival"
  | "ready_for_pickup"
  | "picked_up"
  | "overdue"
  | "returned"
  | "cancelled"

export type PickupZone = "ambient" | "chilled" | "frozen"

/** Parcels physically at the point: they hold a compartment and a code. */
export const ACTIVE_PARCEL_STATUSES: ParcelStatus[] = [
  "ready_for_pickup",
  "overdue",
]

/** A late customer may still collect an overdue parcel until it is returned. */
export const HANDOVER_STATUSES: ParcelStatus[] = ACTIVE_PARCEL_STATUSES

/** Parcels that a cancelled order takes out of the point's work. */
export const CANCELLABLE_PARCEL_STATUSES: ParcelStatus[] = [
  "awaiting_arrival",
  "ready_for_pickup",
  "overdue",
]

export const MAX_HANDOVER_ATTEMPTS = 5
export const HANDOVER_LOCK_MINUTES = 15

const HOUR = 3600 * 1000

type AttemptState = {
  failed_attempts: number
  locked_until: Date | string | null
}

/**
 * Whether handover is locked now, and for how many more seconds. A lock
 * that has run out gives a fresh set of attempts.
 */
export function handoverLock(
  parcel: AttemptState,
  now: Date
): { locked: boolean; seconds_left: number; failed_attempts: number } {
  const until = parcel.locked_until ? new Date(parcel.locked_until) : null
  if (until && until.getTime() > now.getTime()) {
    return {
      locked: true,
      seconds_left: Math.ceil((until.getTime() - now.getTime()) / 1000),
      failed_attempts: parcel.failed_attempts,
    }
  }
  return {
    locked: false,
    seconds_left: 0,
    failed_attempts: until ? 0 : parcel.failed_attempts,
  }
}

/** The parcel's attempt state after one more wrong code. */
export function afterWrongCode(
  parcel: AttemptState,
  now: Date
): {
  failed_attempts: number
  locked_until: Date | null
  attempts_left: number
} {
  const failed = handoverLock(parcel, now).failed_attempts + 1
  if (failed >= MAX_HANDOVER_ATTEMPTS) {
    return {
      failed_attempts: failed,
      locked_until: new Date(now.getTime() + HANDOVER_LOCK_MINUTES * 60 * 1000),
      attempts_left: 0,
    }
  }
  return {
    failed_attempts: failed,
    locked_until: null,
    attempts_left: MAX_HANDOVER_ATTEMPTS - failed,
  }
}

/** "12 min 5 s" style wording for a lock's remaining time. */
export function describeWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return minutes ? `${minutes} min ${rest} s` : `${rest} s`
}

/** The field a handover refusal is about: the one the request sent. */
export type HandoverField = "code" | "qr"

/**
 * A parcel whose status does not allow the action (`received`, `handed
 * over`, `unlocked`): rule `parcel_status`, about the request as a whole.
 */
export function parcelStatusRefusal(
  parcel: { id: string; status: string },
  allowed: ParcelStatus[],
  action: string
): Refusal {
  return {
    field: "",
    rule: "parcel_status",
    values: { status: parcel.status, allowed },
    message: `Parcel "${parcel.id}" is ${parcel.status}; only ${allowed.join(" or ")} parcels can be ${action}.`,
  }
}

/** Code entry is locked: `code_locked`, with the seconds left. */
export function handoverLockedRefusal(
  parcelId: string,
  field: HandoverField,
  secondsLeft: number
): Refusal {
  return {
    field,
    rule: "code_locked",
    values: {
      retry_after_s: secondsLeft,
      max_attempts: MAX_HANDOVER_ATTEMPTS,
    },
    message: `code entry for parcel "${parcelId}" is locked after ${MAX_HANDOVER_ATTEMPTS} wrong codes; try again in ${describeWait(secondsLeft)}.`,
  }
}

/**
 * A wrong code: `wrong_code` with the attempts left, or, for the one that
 * locks the parcel, `wrong_code_locked` with the lock's length.
 */
export function wrongCodeRefusal(
  parcelId: string,
  field: HandoverField,
  next: { attempts_left: number; locked_until: Date | null }
): Refusal {
  if (next.locked_until) {
    return {
      field,
      rule: "wrong_code_locked",
      values: {
        retry_after_s: HANDOVER_LOCK_MINUTES * 60,
        max_attempts: MAX_HANDOVER_ATTEMPTS,
      },
      message: `code is wrong; no attempts left, parcel "${parcelId}" is locked for ${HANDOVER_LOCK_MINUTES} minutes.`,
    }
  }
  const left = next.attempts_left
  return {
    field,
    rule: "wrong_code",
    values: { attempts_left: left },
    message: `code is wrong; ${left} attempt${left === 1 ? "" : "s"} left.`,
  }
}

/**
 * A QR that cannot be used for this parcel: `qr_expired` (past the
 * parcel's last collection time), `qr_invalid` (not signed by us, or
 * damaged) or `qr_other_parcel`.
 */
export function qrRefusal(
  parcelId: string,
  reason: "expired" | "invalid" | "other_parcel"
): Refusal {
  const message = {
    expired: `qr has expired: parcel "${parcelId}" is past its last collection time.`,
    invalid: "qr is not a pickup QR code signed by Tiantou.",
    other_parcel: `qr belongs to another parcel, not "${parcelId}".`,
  }[reason]
  return { field: "qr", rule: `qr_${reason}`, values: {}, message }
}

const ZONE_LETTER: Record<PickupZone, string> = {
  ambient: "A",
  chilled: "C",
  frozen: "F",
}

/**
 * The lowest free compartment label of the zone (`A-01`, `C-03`, `F-12`),
 * given the labels the point's active parcels hold.
 */
export function nextCompartment(zone: PickupZone, taken: string[]): string {
  const used = new Set(taken)
  const letter = ZONE_LETTER[zone] ?? "A"
  for (let n = 1; ; n++) {
    const label = `${letter}-${String(n).padStart(2, "0")}`
    if (!used.has(label)) {
      return label
    }
  }
}

/** When a parcel received now must be collected by. */
export function storageDeadline(readyAt: Date, freeStorageHours: number): Date {
  return new Date(readyAt.getTime() + freeStorageHours * HOUR)
}

/**
 * The last moment a parcel can be collected: its deadline plus the point's
 * grace hours, when the overdue job returns it. The customer's QR expires
 * then, so a screenshot cannot outlive the parcel's stay at the point.
 */
export function collectableUntil(
  deadlineAt: Date | string | null,
  overdueGraceHours: number
): Date | null {
  if (!deadlineAt) {
    return null
  }
  return new Date(new Date(deadlineAt).getTime() + overdueGraceHours * HOUR)
}

/**
 * Where the overdue job moves a parcel now: past its deadline it becomes
 * `overdue`; past the deadline plus the grace hours it is `returned` (also
 * straight from `ready_for_pickup` if the job missed the overdue hour).
 */
export function overdueTransition(
  parcel: { status: ParcelStatus; deadline_at: Date | string | null },
  overdueGraceHours: number,
  now: Date
): "overdue" | "returned" | null {
  if (!parcel.deadline_at || !ACTIVE_PARCEL_STATUSES.includes(parcel.status)) {
    return null
  }
  const deadline = new Date(parcel.deadline_at).getTime()
  if (now.getTime() >= deadline + overdueGraceHours * HOUR) {
    return "returned"
  }
  if (now.getTime() >= deadline && parcel.status === "ready_for_pickup") {
    return "overdue"
  }
  return null
}

/** Who may lift a parcel's wrong-code lock: its point's manager, or the platform. */
export type ParcelUnlockActor =
  | { type: "pickup_staff"; id: string; role: "staff" | "manager" | null }
  | { type: "user"; id: string }

/**
 * Why the actor may not unlock the parcel now, or null when they may. A
 * parcel is unlocked while it is at the point (ready or overdue) and has
 * wrong codes counted against it, whether or not the lock has run out; only
 * a manager of its point (or an admin) may do it. The rule is
 * `not_manager`, `parcel_status` or `nothing_to_unlock`.
 */
export function unlockRefusal(
  parcel: AttemptState & { id: string; status: ParcelStatus; point_id: string },
  actor: ParcelUnlockActor
): Refusal | null {
  if (actor.type === "pickup_staff" && actor.role !== "manager") {
    return {
      field: "",
      rule: "not_manager",
      values: {},
      message: `Only a manager of pickup point "${parcel.point_id}" can unlock parcel "${parcel.id}"; ask your point's manager, or the platform, to unlock it.`,
    }
  }
  if (!HANDOVER_STATUSES.includes(parcel.status)) {
    return parcelStatusRefusal(parcel, HANDOVER_STATUSES, "unlocked")
  }
  if (!parcel.failed_attempts && !parcel.locked_until) {
    return {
      field: "",
      rule: "nothing_to_unlock",
      values: {},
      message: `Parcel "${parcel.id}" has no wrong codes against it; there is nothing to unlock.`,
    }
  }
  return null
}
