import type { Metadata } from "next"
import Link from "@modules/common/components/shop-link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCartByCoop } from "@lib/data/cart"
import { href } from "@lib/util/href"
import CartTemplate from "@modules/cart/templates"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "cart" })
  return { title: t("title") }
}

export default async function CartPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "cart" })
  const { cart, groups } = await retrieveCartByCoop(locale)
  return (
    <>
      <h1>{t("title")}</h1>
      {cart && groups.length ? (
        <CartTemplate
          groups={groups}
          total={Number(cart.total ?? 0)}
          locale={locale}
        />
      ) : (
        <p data-testid="cart-empty">
          {t("empty")} ·{" "}
          <Link href={href(locale, "/store")}>{t("continue")}</Link>
        </p>
      )}
    </>
  )
}
