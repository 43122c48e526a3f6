import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { login, register } from "@lib/data/customer-actions"
import { href } from "@lib/util/href"
import ActionForm from "@modules/common/components/action-form"
import FormField from "@modules/common/components/form-field"
import PhoneSignIn, {
  type PhoneSignInLabels,
} from "@modules/account/components/phone-sign-in"
import SignInTabs from "@modules/account/components/sign-in-tabs"

/** The account page for a guest: sign in (SMS code or password) or register. */
export default async function SignInTemplate({ locale }: { locale: string }) {
  const [t, checkout] = await Promise.all([
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "checkout" }),
  ])
  const errors = checkout.raw("errors") as Record<string, string>
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {t("guestLookup")}{" "}
        <Link href={href(locale, "/order/lookup")} data-testid="account-lookup">
          {t("guestLookupLink")}
        </Link>
      </p>
      <div className="split">
        <section aria-labelledby="login-title" className="card">
          <h2 id="login-title">{t("login")}</h2>
          <SignInTabs
            tabs={[
              {
                id: "phone",
                label: t("phoneSignIn.tab"),
                panel: (
                  <PhoneSignIn
                    locale={locale}
                    labels={t.raw("phoneSignIn") as PhoneSignInLabels}
                  />
                ),
              },
              {
                id: "password",
                label: t("passwordTab"),
                panel: (
                  <ActionForm
                    action={login}
                    id="login"
                    submitLabel={t("login")}
                    pendingLabel="…"
                    errors={errors}
                    testId="login-form"
                    submitTestId="login-submit"
                    noValidate
                  >
                    <input type="hidden" name="locale" value={locale} />
                    <FormField
                      name="email"
                      label={t("email")}
                      type="email"
                      autoComplete="email"
                      required
                      testId="login-email"
                    />
                    <FormField
                      name="password"
                      label={t("password")}
                      type="password"
                      autoComplete="current-password"
                      required
                      testId="login-password"
                    />
                  </ActionForm>
                ),
              },
            ]}
          />
        </section>
        <section aria-labelledby="register-title" className="card">
          <h2 id="register-title">{t("register")}</h2>
          <ActionForm
            action={register}
            id="register"
            submitLabel={t("register")}
            pendingLabel="…"
            errors={errors}
            testId="register-form"
            submitTestId="register-submit"
            noValidate
          >
            <input type="hidden" name="locale" value={locale} />
            <FormField
              name="last_name"
              label={t("lastName")}
              autoComplete="family-name"
              required
              testId="register-last-name"
            />
            <FormField
              name="first_name"
              label={t("firstName")}
              autoComplete="given-name"
              required
              testId="register-first-name"
            />
            <FormField
              name="email"
              label={t("email")}
              type="email"
              autoComplete="email"
              required
              testId="register-email"
            />
            <FormField
              name="phone"
              label={t("phone")}
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              testId="register-phone"
            />
            <FormField
              name="password"
              label={t("password")}
              type="password"
              autoComplete="new-password"
              minLength={8}
              required
              testId="register-password"
            />
          </ActionForm>
        </section>
      </div>
    </>
  )
}
