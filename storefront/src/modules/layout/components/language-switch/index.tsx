"use client"

import { usePathname } from "next/navigation"
import { switchLocaleHref } from "@lib/util/href"

/** The same page in the other language (a plain link: no client routing state). */
export default function LanguageSwitch({
  locale,
  label,
  text,
}: {
  locale: string
  label: string
  text: string
}) {
  const pathname = usePathname() || "/"
  return (
    <a
      href={switchLocaleHref(locale, pathname)}
      hrefLang={locale === "en" ? "zh-CN" : "en"}
      aria-label={label}
      data-testid="language-switch"
    >
      {text}
    </a>
  )
}
