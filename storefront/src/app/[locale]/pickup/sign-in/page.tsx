import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { retrievePickupStaff } from "@lib/data/pickup-staff"
import { href } from "@lib/util/href"
import LanguageSwitch from "@modules/layout/components/language-switch"
import SignInForm from "@modules/pickup/components/sign-in-form"
import s from "@modules/pickup/console.module.css"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ expired?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  return { title: t("signIn.title"), robots: { index: false, follow: false } }
}

/** The staff login, on its own: no shop header, no console around it. */
export default async function PickupSignInPage({
  params,
  searchParams,
}: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  if (await retrievePickupStaff()) {
    redirect(href(locale, "/pickup"))
  }
  const { expired } = await searchParams
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  return (
    <div className={s.shell}>
      <header className={s.top}>
        <div className={s.topRow}>
          <span className={s.brand}>{t("brand")}</span>
          <LanguageSwitch
            locale={locale}
            label={t("languageLabel")}
            text={t("language")}
          />
        </div>
      </header>
      <main id="main">
        <section
          className={s.signIn}
          aria-labelledby="pickup-sign-in"
          data-testid="pickup-sign-in"
        >
          <h1 id="pickup-sign-in">{t("signIn.title")}</h1>
          <p>{t("signIn.lead")}</p>
          {expired ? (
            <p className={s.warn} role="status">
              {t("signIn.expired")}
            </p>
          ) : null}
          <SignInForm
            locale={locale}
            text={{
              email: t("signIn.email"),
              password: t("signIn.password"),
              submit: t("signIn.submit"),
              pending: t("signIn.pending"),
            }}
          />
          <p className={s.muted}>{t("signIn.help")}</p>
        </section>
      </main>
    </div>
  )
}
