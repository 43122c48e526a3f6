import type { Locale } from "./routing"

/**
 * Each face of the app keeps its strings in its own file
 * (messages/<locale>/<face>.json) under its own top-level namespaces; they
 * merge into one catalogue per locale.
 */
export const MESSAGE_FILES = ["shop", "coop", "pickup"] as const

export async function loadMessages(locale: Locale) {
  const parts = await Promise.all(
    MESSAGE_FILES.map(
      async (file) =>
        (await import(`../../messages/${locale}/${file}.json`)).default
    )
  )
  return Object.assign({}, ...parts) as Record<string, unknown>
}
