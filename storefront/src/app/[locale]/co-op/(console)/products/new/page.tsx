import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { permissions } from "@modules/co-op/lib/mappers"
import { requireVendorSession } from "@lib/data/vendor-session"
import { href } from "@lib/util/href"
import ProductCreateTemplate from "@modules/co-op/templates/product-create"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  return { title: t("newTitle"), robots: { index: false } }
}

export default async function CoopNewProductPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  if (!permissions(session.member.role, session.vendor.status).createProducts) {
    redirect(href(locale, "/co-op/products"))
  }
  return <ProductCreateTemplate locale={locale} session={session} />
}
