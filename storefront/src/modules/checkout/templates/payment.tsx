import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { placeOrder } from "@lib/data/checkout-actions"
import { formatPrice } from "@lib/util/money"
import ActionForm from "@modules/common/components/action-form"

/** Why the pay button cannot be pressed yet, each a step to take. */
export type PayBlocker =
  | { reason: "contact" }
  | { reason: "address" }
  | { reason: "delivery"; coops: string[] }

/**
 * Step 3: the totals and the pay button. While it is greyed out, the steps
 * still missing are listed beside it, each linking to where it is done.
 */
export default async function CheckoutPayment({
  cart,
  coopCount,
  blockers,
  locale,
  errors,
}: {
  cart: HttpTypes.StoreCart
  coopCount: number
  blockers: PayBlocker[]
  locale: string
  errors: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const why = (b: PayBlocker) =>
    b.reason === "delivery"
      ? {
          href: "#delivery",
          text: t("needDeliveryFor", {
            coops: new Intl.ListFormat(locale).format(b.coops),
          }),
        }
      : b.reason === "address"
        ? { href: "#contact-address", text: t("needAddress") }
        : { href: "#contact-email", text: t("needContact") }
  return (
    <>
      <dl className="summary" data-testid="checkout-summary">
        <dt>{t("itemsTotal")}</dt>
        <dd>{formatPrice(Number(cart.item_total ?? 0), locale)}</dd>
        <dt>{t("shippingTotal")}</dt>
        <dd>{formatPrice(Number(cart.shipping_total ?? 0), locale)}</dd>
        <dt>{t("grandTotal")}</dt>
        <dd>
          <strong className="price" data-testid="checkout-total">
            {formatPrice(Number(cart.total ?? 0), locale)}
          </strong>
        </dd>
      </dl>
      <ActionForm
        action={placeOrder}
        submitLabel={t("place")}
        pendingLabel={t("placing")}
        errors={errors}
        testId="payment-form"
        submitTestId="place-order"
        disabled={blockers.length > 0}
        submitDescribedBy={blockers.length ? "pay-blockers" : undefined}
        aside={
          blockers.length ? (
            <div className="pay-blockers" id="pay-blockers">
              <p className="muted">{t("payBlocked")}</p>
              <ul data-testid="pay-blockers">
                {blockers.map((b) => {
                  const { href, text } = why(b)
                  return (
                    <li key={b.reason} data-reason={b.reason}>
                      <a href={href}>{text}</a>
                    </li>
                  )
                })}
              </ul>
            </div>
          ) : null
        }
      >
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="plain-fieldset">
          <legend>{t("paymentMethod")}</legend>
          <label className="option">
            <input
              type="radio"
              name="provider_id"
              value="pp_system_default"
              defaultChecked
              data-testid="payment-system"
            />
            <span>{t("paymentSystem")}</span>
          </label>
        </fieldset>
        <p className="muted">{t("oneOrderPerCoop", { count: coopCount })}</p>
      </ActionForm>
    </>
  )
}
