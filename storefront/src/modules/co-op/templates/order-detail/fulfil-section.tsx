import { getTranslations } from "next-intl/server"
import type { OrderActions } from "@modules/co-op/lib/mappers"
import { fulfilOrder } from "@lib/data/vendor-order-actions"
import type { ApiVendorOrder } from "../../../../types/co-op"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import styles from "../../console.module.css"
import OrderFields from "./order-fields"

/** The call to fulfil: hand the parcel to the point's run, or pack for delivery. */
export default async function FulfilSection({
  order,
  actions,
  errors,
  locale,
}: {
  order: ApiVendorOrder
  actions: OrderActions
  errors: Record<string, string>
  locale: string
}) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopOrders" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  return (
    <section
      aria-labelledby="o-fulfil"
      className={`card ${styles.section} ${styles.callout}`}
      data-testid="coop-fulfil"
    >
      <h2 id="o-fulfil">
        {actions.delivery === "pickup"
          ? t("fulfilPickup")
          : t("fulfilDelivery")}
      </h2>
      <p>
        {actions.delivery === "pickup"
          ? t("fulfilPickupIntro")
          : t("fulfilDeliveryIntro")}
      </p>
      <CoopForm
        action={fulfilOrder}
        submitLabel={
          actions.delivery === "pickup"
            ? t("fulfilPickup")
            : t("fulfilDelivery")
        }
        pendingLabel={t("fulfilling")}
        okLabel={t("done")}
        errors={errors}
        testId="coop-fulfil-form"
        submitTestId={
          actions.delivery === "pickup"
            ? "coop-fulfil-pickup"
            : "coop-fulfil-delivery"
        }
      >
        <OrderFields locale={locale} orderId={order.id} />
        {actions.delivery === "pickup" ? (
          <Field
            id="fulfil-eta"
            name="eta"
            label={t("eta")}
            hint={t("etaHint")}
            optional={common("optional")}
          >
            <input
              id="fulfil-eta"
              name="eta"
              type="datetime-local"
              aria-describedby="fulfil-eta-hint"
            />
          </Field>
        ) : (
          <Field
            id="fulfil-tracking"
            name="tracking_number"
            label={t("tracking")}
            optional={common("optional")}
          >
            <input
              id="fulfil-tracking"
              name="tracking_number"
              spellCheck={false}
            />
          </Field>
        )}
      </CoopForm>
    </section>
  )
}
