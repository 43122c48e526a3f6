import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "@lib/data/vendor-session"
import { href } from "@lib/util/href"
import AuthShell from "@modules/co-op/templates/auth-shell"
import { SignInForm } from "@modules/co-op/templates/auth-forms"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopAuth" })
  return { title: t("signInTitle"), robots: { index: false } }
}

export default async function CoopSignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (await retrieveVendorSession()) {
    redirect(href(locale, "/co-op"))
  }
  const { expired } = await searchParams
  return (
    <AuthShell locale={locale}>
      <SignInForm locale={locale} expired={expired === "1"} />
    </AuthShell>
  )
}
