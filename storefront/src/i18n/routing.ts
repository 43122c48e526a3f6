import { defineRouting } from "next-intl/routing"

/**
 * Chinese first: zh-CN lives at `/`, English at `/en`. The URL alone decides
 * the language: no redirect from Accept-Language or from a cookie left by an
 * earlier visit to /en, so a plain link to `/products/…` shared with a
 * Chinese reader stays Chinese (issue 14). The language switch links to the
 * other URL.
 */
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
})

export type Locale = (typeof routing.locales)[number]
