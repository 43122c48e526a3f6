import { getTranslations } from "next-intl/server"
import type { PickupContext, PickupFailure } from "./failure"

/**
 * A console action's failure as a sentence in the staff member's language,
 * with its kind as `detail` (the error's `data-kind`, for tests and
 * styling; both lock sentences are `locked`). The backend's refusals come
 * as rules and values (`pickupFailure`); a kind with no text of its own
 * gets the generic sentence, never the backend's English.
 */
export async function describePickupError(
  failure: PickupFailure,
  locale: string,
  context: PickupContext
): Promise<{ error: string; detail: string }> {
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  const key =
    context === "signIn"
      ? `signIn.${failure.kind}`
      : `${context}.errors.${failure.kind}`
  if (failure.kind === "other" || !t.has(key)) {
    return { error: t("errors.generic"), detail: "other" }
  }
  const values = { ...failure.values }
  if (typeof values.status === "string" && t.has(`tabs.${values.status}`)) {
    values.status = t(`tabs.${values.status}`)
  }
  return {
    error: t(key, values),
    detail: failure.kind === "lockedNow" ? "locked" : failure.kind,
  }
}
