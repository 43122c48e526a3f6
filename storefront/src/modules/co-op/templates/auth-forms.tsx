import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { joinCoop, signInCoop, signUpCoop } from "@lib/data/vendor-actions"
import { href } from "@lib/util/href"
import { CHONGQING_COUNTIES } from "@lib/util/regions"
import CoopForm, { FieldsDisclosure } from "../components/coop-form"
import Field from "../components/field"
import { errorMessages } from "./i18n"
import styles from "../console.module.css"

export async function SignInForm({
  locale,
  expired,
}: {
  locale: string
  expired: boolean
}) {
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: "coopAuth" }),
    errorMessages(locale),
  ])
  return (
    <section className={styles.narrow} aria-labelledby="coop-sign-in">
      <h1 id="coop-sign-in">{t("signInTitle")}</h1>
      <p className="muted">{t("signInIntro")}</p>
      {expired ? (
        <p className="error" role="status">
          {t("expired")}
        </p>
      ) : null}
      <CoopForm
        action={signInCoop}
        submitLabel={t("signIn")}
        pendingLabel={t("signingIn")}
        errors={errors}
        testId="coop-sign-in-form"
        submitTestId="coop-sign-in-submit"
        className="card"
      >
        <input type="hidden" name="locale" value={locale} />
        <Field id="coop-email" name="email" label={t("email")}>
          <input
            id="coop-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            data-testid="coop-email"
          />
        </Field>
        <Field id="coop-password" name="password" label={t("password")}>
          <input
            id="coop-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            data-testid="coop-password"
          />
        </Field>
      </CoopForm>
      <p>
        {t("noAccount")}{" "}
        <Link
          href={href(locale, "/co-op/sign-up")}
          data-testid="coop-sign-up-link"
        >
          {t("signUpLink")}
        </Link>
      </p>
      <p>
        {t("invited")}{" "}
        <Link href={href(locale, "/co-op/join")} data-testid="coop-join-link">
          {t("joinLink")}
        </Link>
      </p>
    </section>
  )
}

export async function SignUpForm({ locale }: { locale: string }) {
  const [t, status, common, errors] = await Promise.all([
    getTranslations({ locale, namespace: "coopAuth" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    getTranslations({ locale, namespace: "coop" }),
    errorMessages(locale),
  ])
  const optional = common("optional")
  // Districts (区) first, then counties (县), each in GB/T 2260 order.
  const regionGroups = [
    {
      label: t("regionDistricts"),
      regions: CHONGQING_COUNTIES.filter((r) => !r.county),
    },
    {
      label: t("regionCounties"),
      regions: CHONGQING_COUNTIES.filter((r) => r.county),
    },
  ]
  return (
    <section className={styles.narrow} aria-labelledby="coop-sign-up">
      <h1 id="coop-sign-up">{t("signUpTitle")}</h1>
      <p className="muted">{t("signUpIntro")}</p>
      <CoopForm
        action={signUpCoop}
        submitLabel={t("signUp")}
        pendingLabel={t("signingUp")}
        errors={errors}
        testId="coop-sign-up-form"
        submitTestId="coop-sign-up-submit"
      >
        <input type="hidden" name="locale" value={locale} />
        <fieldset>
          <legend>{t("coopSection")}</legend>
          <Field id="su-name" name="name" label={t("name")}>
            <input
              id="su-name"
              name="name"
              required
              minLength={2}
              maxLength={120}
              autoComplete="organization"
              data-testid="su-name"
            />
          </Field>
          <Field id="su-kind" name="kind" label={t("kind")}>
            <select
              id="su-kind"
              name="kind"
              defaultValue="cooperative"
              data-testid="su-kind"
            >
              {["cooperative", "family_farm", "enterprise"].map((kind) => (
                <option key={kind} value={kind}>
                  {status(`kind.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="su-credit"
            name="credit_code"
            label={t("creditCode")}
            hint={t("creditCodeHint")}
          >
            <input
              id="su-credit"
              name="credit_code"
              required
              minLength={18}
              maxLength={18}
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby="su-credit-hint"
              data-testid="su-credit-code"
            />
          </Field>
          <Field
            id="su-region"
            name="region_code"
            label={t("region")}
            hint={t("regionHint")}
          >
            <select
              id="su-region"
              name="region_code"
              required
              defaultValue=""
              aria-describedby="su-region-hint"
              data-testid="su-region"
            >
              <option value="" disabled>
                {t("regionChoose")}
              </option>
              {regionGroups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {locale === "en" ? r.en : r.zh}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field id="su-contact" name="contact_name" label={t("contactName")}>
            <input
              id="su-contact"
              name="contact_name"
              required
              autoComplete="name"
              data-testid="su-contact-name"
            />
          </Field>
          <Field id="su-phone" name="contact_phone" label={t("contactPhone")}>
            <input
              id="su-phone"
              name="contact_phone"
              type="tel"
              required
              autoComplete="tel"
              data-testid="su-contact-phone"
            />
          </Field>
          <Field
            id="su-address"
            name="address_1"
            label={t("address")}
            optional={optional}
          >
            <input
              id="su-address"
              name="address_1"
              autoComplete="street-address"
              data-testid="su-address"
            />
          </Field>
          {/* Most co-ops never need their own handle: the backend makes a
              pinyin one from the name, so the field waits behind a
              disclosure that opens when the handle is refused. */}
          <FieldsDisclosure
            names={["handle"]}
            summary={t("advanced")}
            className={styles.details}
            testId="su-advanced"
          >
            <Field
              id="su-handle"
              name="handle"
              label={t("handle")}
              hint={t("handleHint")}
              optional={optional}
            >
              <input
                id="su-handle"
                name="handle"
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                minLength={3}
                maxLength={60}
                autoCapitalize="none"
                spellCheck={false}
                aria-describedby="su-handle-hint"
                data-testid="su-handle"
              />
            </Field>
          </FieldsDisclosure>
        </fieldset>
        <fieldset>
          <legend>{t("accountSection")}</legend>
          <Field id="su-member" name="member_name" label={t("memberName")}>
            <input
              id="su-member"
              name="member_name"
              required
              autoComplete="name"
              data-testid="su-member-name"
            />
          </Field>
          <Field id="su-email" name="email" label={t("email")}>
            <input
              id="su-email"
              name="email"
              type="email"
              required
              autoComplete="email"
              data-testid="su-email"
            />
          </Field>
          <Field
            id="su-password"
            name="password"
            label={t("password")}
            hint={t("passwordHint")}
          >
            <input
              id="su-password"
              name="password"
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
              aria-describedby="su-password-hint"
              data-testid="su-password"
            />
          </Field>
        </fieldset>
      </CoopForm>
      <p>
        {t("haveAccount")}{" "}
        <Link href={href(locale, "/co-op/sign-in")}>{t("signInLink")}</Link>
      </p>
    </section>
  )
}

/**
 * Accepting an invitation. `token` is the one-time token from the link in the
 * invitation email; without it there is nothing to accept, so the page says
 * where to find the link instead of showing the form.
 */
export async function JoinForm({
  locale,
  token,
}: {
  locale: string
  token: string | null
}) {
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: "coopAuth" }),
    errorMessages(locale),
  ])
  if (!token) {
    return (
      <section className={styles.narrow} aria-labelledby="coop-join">
        <h1 id="coop-join">{t("joinTitle")}</h1>
        <p className="card" data-testid="coop-join-no-token">
          {t("joinNoToken")}
        </p>
        <p>
          {t("haveAccount")}{" "}
          <Link href={href(locale, "/co-op/sign-in")}>{t("signInLink")}</Link>
        </p>
      </section>
    )
  }
  return (
    <section className={styles.narrow} aria-labelledby="coop-join">
      <h1 id="coop-join">{t("joinTitle")}</h1>
      <p className="muted">{t("joinIntro")}</p>
      <CoopForm
        action={joinCoop}
        submitLabel={t("join")}
        pendingLabel={t("joining")}
        errors={errors}
        testId="coop-join-form"
        submitTestId="coop-join-submit"
        className="card"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <Field id="join-email" name="email" label={t("email")}>
          <input
            id="join-email"
            name="email"
            type="email"
            required
            autoComplete="username"
            data-testid="join-email"
          />
        </Field>
        <Field
          id="join-password"
          name="password"
          label={t("password")}
          hint={t("passwordHint")}
        >
          <input
            id="join-password"
            name="password"
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            aria-describedby="join-password-hint"
            data-testid="join-password"
          />
        </Field>
      </CoopForm>
      <p>
        {t("haveAccount")}{" "}
        <Link href={href(locale, "/co-op/sign-in")}>{t("signInLink")}</Link>
      </p>
    </section>
  )
}
