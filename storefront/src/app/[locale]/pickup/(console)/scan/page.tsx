import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import ScanTemplate from "@modules/pickup/templates/scan"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  return { title: t("scan.title") }
}

/** Scan the customer's QR to hand over; the scanner's code loads only on this page. */
export default async function PickupScanPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <ScanTemplate locale={locale} />
}
