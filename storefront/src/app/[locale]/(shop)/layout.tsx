import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import Link from "@modules/common/components/shop-link"
import { href } from "@lib/util/href"
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
  const nav = await getTranslations({ locale, namespace: "nav" })
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="shop-main">
        {children}
      </main>
      <footer className="footer">
        {meta("footer")}
        {" · "}
        <Link href={href(locale, "/order/lookup")} data-testid="footer-lookup">
          {nav("lookup")}
        </Link>
      </footer>
    </>
  )
}
