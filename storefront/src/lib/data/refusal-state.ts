import "server-only"
import { getMessages } from "next-intl/server"
import {
  type FieldRefusal,
  medusaErrorMessage,
  refusalsOf,
} from "../util/medusa-error"
import { catalogueTranslator, refusalsByField } from "../util/refusals"
import type { CoopActionState } from "../../types/co-op"

/** The co-op console's languages; anything else reads as zh-CN. */
export const consoleLocale = (formData: FormData) =>
  formData.get("locale") === "en" ? "en" : "zh-CN"

/**
 * A console form's state for an API refusal: each field refusal worded in
 * the reader's language at the form field `fieldOf` names, the others
 * beside the submit button. An error without field refusals (a 404, a
 * stock Medusa route) shows its message.
 */
export async function refusalState(
  error: unknown,
  locale: string,
  fieldOf: (refusal: FieldRefusal) => string | null = () => null
): Promise<CoopActionState> {
  const refusals = refusalsOf(error)
  if (!refusals.length) {
    return { error: medusaErrorMessage(error) }
  }
  const messages = await getMessages({ locale })
  const t = catalogueTranslator(messages as Record<string, unknown>)
  const { fields, rest } = refusalsByField(refusals, fieldOf, t, locale)
  return Object.keys(fields).length
    ? { error: rest.join(" ") || "checkFields", fields }
    : { error: rest.join(" ") }
}
