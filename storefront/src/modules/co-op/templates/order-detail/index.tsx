import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { orderActions, permissions } from "@modules/co-op/lib/mappers"
import type { ApiVendorOrder, VendorSession } from "../../../../types/co-op"
import { formatDateTime } from "@lib/util/dates"
import { href } from "@lib/util/href"
import StatusChip from "../../components/status-chip"
import { errorMessages } from "../i18n"
import styles from "../../console.module.css"
import DeliverySection from "./delivery-section"
import FulfilSection from "./fulfil-section"
import FulfillmentsSection from "./fulfillments-section"
import ItemsSection from "./items-section"

/**
 * One co-op order: its state, how it reaches the customer, what to do next
 * (fulfil, ship, deliver) and its lines.
 */
export default async function OrderDetailTemplate({
  locale,
  session,
  order,
}: {
  locale: string
  session: VendorSession
  order: ApiVendorOrder
}) {
  const actions = orderActions(order)
  const can = permissions(session.member.role, session.vendor.status)
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: "coopOrders" }),
    errorMessages(locale),
  ])
  return (
    <article
      data-testid="coop-order"
      data-order-id={order.id}
      data-display-id={order.display_id}
    >
      <p>
        <Link href={href(locale, "/co-op/orders")}>← {t("back")}</Link>
      </p>
      <h1>{t("order", { id: order.display_id })}</h1>
      <p className="muted">
        {t("placed", { date: formatDateTime(order.created_at, locale) })}
      </p>
      <p className={styles.chipsRow}>
        {order.status === "canceled" ? (
          <StatusChip
            locale={locale}
            group="order"
            value="canceled"
            testId="coop-order-state"
          />
        ) : null}
        {order.fulfillment_status ? (
          <StatusChip
            locale={locale}
            group="fulfillment"
            value={order.fulfillment_status}
            testId="coop-order-fulfillment-status"
          />
        ) : null}
        {order.payment_status ? (
          <StatusChip
            locale={locale}
            group="payment"
            value={order.payment_status}
            testId="coop-order-payment-status"
          />
        ) : null}
      </p>
      {order.payment && order.payment.orders_in_payment > 1 ? (
        <p className="muted" data-testid="coop-order-payment-shared">
          {t("paymentShared", { count: order.payment.orders_in_payment })}
        </p>
      ) : null}

      <DeliverySection order={order} actions={actions} locale={locale} />

      {actions.canFulfil && can.fulfil ? (
        <FulfilSection
          order={order}
          actions={actions}
          errors={errors}
          locale={locale}
        />
      ) : null}

      {actions.fulfillments.length ? (
        <FulfillmentsSection
          order={order}
          actions={actions}
          canFulfil={can.fulfil}
          errors={errors}
          locale={locale}
        />
      ) : null}

      <ItemsSection order={order} locale={locale} />
    </article>
  )
}
