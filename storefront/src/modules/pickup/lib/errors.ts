import { getTranslations } from "next-intl/server"
import { parseHandoverError, parseWait } from "./code"
import type { UnlockFailure } from "./unlock"

export type ErrorContext = "signIn" | "receive" | "handover"

/**
 * A console action's failure as a sentence in the staff member's language,
 * with its kind (for tests and styling). The backend answers in English
 * (docs/api.md); the counter reads Chinese first.
 */
export async function describePickupError(
  raw: string,
  locale: string,
  context: ErrorContext
): Promise<{ error: string; detail: string }> {
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  const status = (s: string) => (t.has(`tabs.${s}`) ? t(`tabs.${s}`) : s)
  if (context === "signIn") {
    const known = ["badLogin", "notStaff", "missing"]
    return known.includes(raw)
      ? { error: t(`signIn.${raw}`), detail: raw }
      : { error: raw || t("errors.generic"), detail: "other" }
  }
  const parsed = parseHandoverError(raw)
  const kind = t.has(`handover.errors.${raw}`) ? raw : parsed.kind
  if (context === "receive") {
    if (parsed.kind === "status") {
      return {
        error: t("receive.errors.status", { status: status(parsed.status) }),
        detail: "status",
      }
    }
    if (kind === "notFound") {
      return { error: t("receive.errors.notFound"), detail: "notFound" }
    }
    if (/free (pickup code|compartment)/i.test(raw)) {
      return { error: t("receive.errors.full"), detail: "full" }
    }
    return { error: raw || t("errors.generic"), detail: "other" }
  }
  switch (parsed.kind) {
    case "wrong":
      return {
        error: t("handover.errors.wrong", { left: parsed.left }),
        detail: "wrong",
      }
    case "lockedNow":
      return {
        error: t("handover.errors.lockedNow", { minutes: parsed.minutes }),
        detail: "locked",
      }
    case "locked":
      return {
        error: t("handover.errors.locked", parseWait(parsed.wait)),
        detail: "locked",
      }
    case "status":
      return {
        error: t("handover.errors.status", { status: status(parsed.status) }),
        detail: "status",
      }
    case "other":
      return t.has(`handover.errors.${raw}`)
        ? { error: t(`handover.errors.${raw}`), detail: raw }
        : { error: raw || t("errors.generic"), detail: "other" }
    default:
      return { error: t(`handover.errors.${kind}`), detail: kind }
  }
}

/** A refused unlock as a sentence in the staff member's language. */
export async function describeUnlockError(
  failure: UnlockFailure,
  locale: string
): Promise<{ error: string; detail: string }> {
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  switch (failure.kind) {
    case "status":
      return {
        error: t("unlock.errors.status", {
          status: t.has(`tabs.${failure.status}`)
            ? t(`tabs.${failure.status}`)
            : failure.status,
        }),
        detail: "status",
      }
    case "other":
      return {
        error: failure.message || t("errors.generic"),
        detail: "other",
      }
    default:
      return { error: t(`unlock.errors.${failure.kind}`), detail: failure.kind }
  }
}
