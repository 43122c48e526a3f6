import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { retrieveVendorSession } from "@lib/data/vendor-session"
import { href } from "@lib/util/href"
import AuthShell from "@modules/co-op/templates/auth-shell"
import { SignUpForm } from "@modules/co-op/templates/auth-forms"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "coopAuth" })
  return { title: t("signUpTitle") }
}

export default async function CoopSignUpPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (await retrieveVendorSession()) {
    redirect(href(locale, "/co-op"))
  }
  return (
    <AuthShell locale={locale}>
      <SignUpForm locale={locale} />
    </AuthShell>
  )
}
