import { getTranslations } from "next-intl/server"
import { cancelOrder } from "@lib/data/order-actions"
import type { StoreOrder } from "@lib/data/orders"
import ActionForm from "@modules/common/components/action-form"

/** Whether the shopper may still cancel: not cancelled, nothing fulfilled. */
export function cancellable(order: StoreOrder): boolean {
  return (
    order.status !== "canceled" &&
    (order.fulfillment_status ?? "not_fulfilled") === "not_fulfilled"
  )
}

/**
 * Cancelling one co-op's order before it is fulfilled; a ticked box first,
 * so a stray tap cancels nothing.
 */
export default async function CancelOrder({
  order,
  locale,
}: {
  order: StoreOrder
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <section
      className="card"
      aria-labelledby="cancel-order"
      data-testid="cancel-order"
    >
      <h2 id="cancel-order">{t("cancelTitle")}</h2>
      <p className="muted">
        {t("cancelIntro", { coop: order.vendor?.name ?? "—" })}
      </p>
      <ActionForm
        action={cancelOrder}
        submitLabel={t("cancelSubmit")}
        pendingLabel="…"
        testId="cancel-order-form"
        submitTestId="cancel-order-submit"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="order_id" value={order.id} />
        <label className="row">
          <input
            type="checkbox"
            name="confirm"
            required
            data-testid="cancel-order-confirm"
          />{" "}
          {t("cancelConfirm")}
        </label>
      </ActionForm>
    </section>
  )
}
