"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { switchLocaleHref } from "@lib/util/href"

type Props = {
  locale: string
  label: string
  text: string
}

function SwitchLink({
  locale,
  label,
  text,
  search,
}: Props & { search: string }) {
  const pathname = usePathname() || "/"
  const target = locale === "en" ? "zh-CN" : "en"
  return (
    <a
      href={switchLocaleHref(locale, pathname, search)}
      hrefLang={target}
      title={label}
      data-testid="language-switch"
    >
      {/* The name is the language's own ("English", "中文"), in that language. */}
      <span lang={target}>{text}</span>
    </a>
  )
}

function WithQuery(props: Props) {
  const search = useSearchParams()?.toString() ?? ""
  return <SwitchLink {...props} search={search} />
}

/**
 * The same page, filters and all, in the other language: a plain link, so
 * it works before hydration and keeps no client routing state.
 */
export default function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} search="" />}>
      <WithQuery {...props} />
    </Suspense>
  )
}
