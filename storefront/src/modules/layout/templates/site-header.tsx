import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { href } from "@lib/util/href"
import CartBadge from "../components/cart-badge"
import LanguageSwitch from "../components/language-switch"

export default async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" })
  const meta = await getTranslations({ locale, namespace: "meta" })
  return (
    <header className="header">
      <nav aria-label={t("main")}>
        <Link className="logo" href={href(locale, "/")} data-testid="nav-home">
          {meta("title")}
        </Link>
        <Link href={href(locale, "/store")} data-testid="nav-store">
          {t("shop")}
        </Link>
        <Link
          className="nav-cart"
          href={href(locale, "/cart")}
          data-testid="nav-cart"
        >
          {t("cart")}
          <Suspense>
            <CartBadge locale={locale} />
          </Suspense>
        </Link>
        <Link href={href(locale, "/account")} data-testid="nav-account">
          {t("account")}
        </Link>
        <LanguageSwitch
          locale={locale}
          label={t("languageLabel")}
          text={t("language")}
        />
      </nav>
    </header>
  )
}
