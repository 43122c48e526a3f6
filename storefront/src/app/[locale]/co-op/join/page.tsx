import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "@lib/data/vendor-session"
import { href } from "@lib/util/href"
import AuthShell from "@modules/co-op/templates/auth-shell"
import { JoinForm } from "@modules/co-op/templates/auth-forms"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopAuth" })
  // The URL carries the invitation's one-time token: never send it on.
  return {
    title: t("joinTitle"),
    robots: { index: false },
    referrer: "no-referrer",
  }
}

/** The page the invitation email links to: `/co-op/join?token=…`. */
export default async function CoopJoinPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  if (await retrieveVendorSession()) {
    redirect(href(locale, "/co-op"))
  }
  const token = typeof query.token === "string" ? query.token.trim() : ""
  return (
    <AuthShell locale={locale}>
      <JoinForm locale={locale} token={token || null} />
    </AuthShell>
  )
}
