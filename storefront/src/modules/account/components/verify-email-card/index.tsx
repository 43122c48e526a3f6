import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { requestEmailVerification } from "@lib/data/email-verification-actions"
import ActionForm from "@modules/common/components/action-form"

/** Whether the customer has verified the email they have now. */
export function emailVerified(customer: HttpTypes.StoreCustomer): boolean {
  const metadata = (customer.metadata ?? {}) as Record<string, unknown>
  return (
    !!metadata.email_verified_at &&
    String(metadata.verified_email ?? "").toLowerCase() ===
      (customer.email ?? "").toLowerCase()
  )
}

/**
 * Verifying the email brings in the orders placed with it as a guest: a
 * button that mails the link until it is verified, then one line (with how
 * many orders moved, right after the link was confirmed).
 */
export default async function VerifyEmailCard({
  customer,
  locale,
  moved,
}: {
  customer: HttpTypes.StoreCustomer
  locale: string
  moved?: string
}) {
  const t = await getTranslations({ locale, namespace: "account" })
  const v = await getTranslations({ locale, namespace: "verifyEmail" })
  if (emailVerified(customer)) {
    return (
      <p className="muted" data-testid="email-verified">
        {moved !== undefined && /^\d+$/.test(moved)
          ? v("done", { count: Number(moved) })
          : t("verified", { email: customer.email })}
      </p>
    )
  }
  return (
    <section
      className="card"
      aria-labelledby="verify-email"
      data-testid="verify-email-card"
    >
      <h2 id="verify-email">{t("verifyTitle")}</h2>
      <p>{t("verifyIntro", { email: customer.email })}</p>
      <ActionForm
        action={requestEmailVerification}
        submitLabel={t("verifySend")}
        pendingLabel="…"
        okLabel={t("verifySent")}
        testId="verify-email-form"
        submitTestId="verify-email-send"
      >
        <input type="hidden" name="locale" value={locale} />
      </ActionForm>
    </section>
  )
}
