import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireVendorSession } from "@lib/data/vendor-session"
import MembersTemplate from "@modules/co-op/templates/members"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopMembers" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CoopMembersPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  return <MembersTemplate locale={locale} session={session} />
}
