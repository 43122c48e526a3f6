import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { confirmEmailVerification } from "@lib/data/email-verification-actions"
import { retrieveCustomer } from "@lib/data/customer"
import { href } from "@lib/util/href"
import ActionForm from "@modules/common/components/action-form"
import Link from "@modules/common/components/shop-link"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "verifyEmail" })
  return { title: t("title"), robots: { index: false } }
}

/**
 * The verification email's link. Confirming is a button, not the visit:
 * mail scanners open links, and the customer must be signed in.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const { token } = await searchParams
  const [t, customer] = await Promise.all([
    getTranslations({ locale, namespace: "verifyEmail" }),
    retrieveCustomer(),
  ])
  return (
    <section aria-labelledby="verify-title" className="narrow">
      <h1 id="verify-title">{t("title")}</h1>
      {!token ? (
        <p className="error">{t("missing")}</p>
      ) : !customer ? (
        <p>
          {t("signIn")}{" "}
          <Link href={href(locale, "/account")}>{t("toSignIn")}</Link>
        </p>
      ) : (
        <div className="card">
          <p>{t("intro")}</p>
          <p>
            <strong>{customer.email}</strong>
          </p>
          <ActionForm
            action={confirmEmailVerification}
            submitLabel={t("confirm")}
            pendingLabel="…"
            testId="verify-form"
            submitTestId="verify-submit"
          >
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
          </ActionForm>
        </div>
      )}
    </section>
  )
}
