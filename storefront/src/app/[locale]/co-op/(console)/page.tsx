import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireVendorSession } from "@lib/data/vendor-session"
import DashboardTemplate from "@modules/co-op/templates/dashboard"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopDashboard" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopDashboardPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  return <DashboardTemplate locale={locale} session={session} />
}
