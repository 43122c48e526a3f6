import { getTranslations } from "next-intl/server"
import type { OrderActions } from "@modules/co-op/lib/mappers"
import { markDelivered, shipFulfillment } from "@lib/data/vendor-order-actions"
import type { ApiVendorOrder } from "../../../../types/co-op"
import { formatDateTime } from "@lib/util/dates"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import StatusChip from "../../components/status-chip"
import styles from "../../console.module.css"
import OrderFields from "./order-fields"

/** The order's fulfillments, each with its dates and its next step (ship, deliver). */
export default async function FulfillmentsSection({
  order,
  actions,
  canFulfil,
  errors,
  locale,
}: {
  order: ApiVendorOrder
  actions: OrderActions
  canFulfil: boolean
  errors: Record<string, string>
  locale: string
}) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopOrders" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  const parcel = order.pickup?.parcel ?? null
  return (
    <section
      aria-labelledby="o-fulfillments"
      className={`card ${styles.section}`}
      data-testid="coop-fulfillments"
    >
      <h2 id="o-fulfillments">{t("fulfillments")}</h2>
      {actions.delivery === "pickup" &&
      (!parcel || parcel.status === "awaiting_arrival") ? (
        <p>{t("parcelOnWay")}</p>
      ) : null}
      <ul className="plain">
        {actions.fulfillments.map((f, i) => (
          <li
            key={f.id}
            className={styles.subsection}
            data-testid="coop-fulfillment"
            data-state={f.state}
          >
            <p>
              <strong>{t("fulfillment", { n: i + 1 })}</strong>{" "}
              <StatusChip
                locale={locale}
                group="fulfillmentState"
                value={f.state}
              />
            </p>
            <p className="muted">
              {f.packedAt
                ? t("packedAt", {
                    date: formatDateTime(f.packedAt, locale),
                  })
                : null}
              {f.shippedAt
                ? ` · ${t("shippedAt", { date: formatDateTime(f.shippedAt, locale) })}`
                : null}
              {f.deliveredAt
                ? ` · ${t("deliveredAt", { date: formatDateTime(f.deliveredAt, locale) })}`
                : null}
              {f.tracking.length
                ? ` · ${t("tracking")} ${f.tracking.join(", ")}`
                : null}
            </p>
            {f.next === "ship" && canFulfil ? (
              <CoopForm
                action={shipFulfillment}
                submitLabel={t("ship")}
                pendingLabel={t("shippingPending")}
                errors={errors}
                testId="coop-ship-form"
                submitTestId="coop-ship"
              >
                <OrderFields locale={locale} orderId={order.id} />
                <input type="hidden" name="fulfillment_id" value={f.id} />
                <Field
                  id={`ship-${f.id}`}
                  name="tracking_number"
                  label={f.tracking.length ? t("trackingNew") : t("tracking")}
                  hint={f.tracking.length ? t("trackingNewHint") : undefined}
                  optional={common("optional")}
                >
                  <input
                    id={`ship-${f.id}`}
                    name="tracking_number"
                    spellCheck={false}
                    aria-describedby={
                      f.tracking.length ? `ship-${f.id}-hint` : undefined
                    }
                    data-testid="coop-ship-tracking"
                  />
                </Field>
              </CoopForm>
            ) : null}
            {f.next === "deliver" && canFulfil ? (
              <CoopForm
                action={markDelivered}
                submitLabel={t("deliver")}
                pendingLabel={t("delivering")}
                errors={errors}
                testId="coop-deliver-form"
                submitTestId="coop-deliver"
              >
                <OrderFields locale={locale} orderId={order.id} />
                <input type="hidden" name="fulfillment_id" value={f.id} />
              </CoopForm>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
