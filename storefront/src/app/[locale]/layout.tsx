import type { Metadata, Viewport } from "next"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { routing } from "@i18n/routing"
import "../globals.css"

// Live prices, stock and carts: every page renders per request (reads are
// cached per tag in src/lib/data), and the build needs no running backend.
export const dynamic = "force-dynamic"

// A field (田) in the brand green, inline: no /favicon.ico request (which
// would 404 into the locale route) and no extra file to fetch.
const ICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2f6b1f"/><path d="M8 8h16v16H8zM16 8v16M8 16h16" fill="none" stroke="#fff" stroke-width="2.5"/></svg>'
  )

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#2f6b1f",
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    icons: { icon: [{ url: ICON, type: "image/svg+xml" }] },
  }
}

/**
 * What every face shares: the document, its language, the skip link and the
 * metadata defaults. The shop ((shop)/layout.tsx), the co-op console and the
 * pickup console each bring their own frame, with the `#main` landmark the
 * skip link jumps to.
 */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "nav" })
  return (
    <html lang={locale}>
      <body>
        <a className="skip" href="#main">
          {t("skip")}
        </a>
        {children}
      </body>
    </html>
  )
}
