import { refusalsOf } from "@lib/util/medusa-error"

/** Which console action failed: its texts sit under `pickupConsole.<context>`. */
export type PickupContext = "signIn" | "receive" | "handover" | "unlock"

/**
 * A console action's failure, ready to word: `kind` is the message key
 * under `pickupConsole.<context>.errors` (`signIn.<kind>` for sign-in),
 * or `other` for the generic sentence, and also the error's `data-kind`.
 */
export type PickupFailure = {
  kind: string
  values?: Record<string, string | number>
}

const OTHER: PickupFailure = { kind: "other" }

const num = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? value : 0

/**
 * What a refusal from `/pickup/parcels/:id/{receive,handover,unlock}` means
 * for the clerk, read from the HTTP status and the refusal's `rule` and
 * `values` (docs/api.md "Errors"), never from its English `message`.
 * Anything not named here is `other`: the console says "something went
 * wrong" in the clerk's language rather than show the backend's English.
 */
export function pickupFailure(
  error: unknown,
  context: Exclude<PickupContext, "signIn">
): PickupFailure {
  const status = (error as { status?: unknown } | null)?.status
  if (status === 404) {
    return { kind: "notFound" }
  }
  if (context === "unlock" && status === 403) {
    return { kind: "onlyManager" }
  }
  const [refusal] = refusalsOf(error)
  if (!refusal) {
    return OTHER
  }
  const { field, rule, values } = refusal
  if (rule === "parcel_status") {
    return { kind: "status", values: { status: String(values.status ?? "") } }
  }
  if (context === "receive") {
    return OTHER
  }
  if (context === "unlock") {
    if (rule === "not_manager") {
      return { kind: "onlyManager" }
    }
    if (rule === "nothing_to_unlock") {
      return { kind: "nothing" }
    }
    return field === "reason" ? { kind: "reasonShort" } : OTHER
  }
  switch (rule) {
    case "wrong_code":
      return { kind: "wrong", values: { left: num(values.attempts_left) } }
    case "wrong_code_locked":
      return {
        kind: "lockedNow",
        values: { minutes: Math.ceil(num(values.retry_after_s) / 60) },
      }
    case "code_locked": {
      const seconds = num(values.retry_after_s)
      return {
        kind: "locked",
        values: { minutes: Math.floor(seconds / 60), seconds: seconds % 60 },
      }
    }
    case "qr_expired":
      return { kind: "qrExpired" }
    case "qr_other_parcel":
      return { kind: "qrOther" }
    case "qr_invalid":
      return { kind: "qrInvalid" }
    default:
      return field === "code" ? { kind: "format" } : OTHER
  }
}
