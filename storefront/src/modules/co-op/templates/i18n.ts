import { getMessages } from "next-intl/server"

/** The `coopErrors` messages, for CoopForm to translate action codes. */
export async function errorMessages(
  locale: string
): Promise<Record<string, string>> {
  const messages = (await getMessages({ locale })) as Record<string, unknown>
  return (messages.coopErrors ?? {}) as Record<string, string>
}
