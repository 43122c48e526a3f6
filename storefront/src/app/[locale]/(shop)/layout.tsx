import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import SiteHeader from "@modules/layout/templates/site-header"

/** The shop's frame: its header, the page and the footer. */
export default async function ShopLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const meta = await getTranslations({ locale, namespace: "meta" })
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="shop-main">
        {children}
      </main>
      <footer className="footer">{meta("footer")}</footer>
    </>
  )
}
