import { defineRouting } from "next-intl/routing"

/** Chinese first: zh-CN lives at `/`, English at `/en`. */
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
})

export type Locale = (typeof routing.locales)[number]
