import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireVendorSession } from "@lib/data/vendor-session"
import PayoutsTemplate from "@modules/co-op/templates/payouts"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopPayouts" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopPayoutsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireVendorSession(locale)
  return <PayoutsTemplate locale={locale} searchParams={await searchParams} />
}
