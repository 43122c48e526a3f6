import Link from "next/link"
import { getTranslations } from "next-intl/server"
import {
  itemsSummary,
  orderPickupPointId,
  orderStage,
} from "@modules/co-op/lib/mappers"
import type { ApiVendorOrder } from "../../../../types/co-op"
import { formatDateTime } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"
import StatusChip from "../status-chip"
import styles from "../../console.module.css"

/** One order in a list: number, time, status, where it goes, what is in it. */
export default async function OrderRow({
  order,
  locale,
}: {
  order: ApiVendorOrder
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "coopOrders" })
  const pointId = orderPickupPointId(order)
  const point = order.pickup?.point
  const parcel = order.pickup?.parcel
  return (
    <li
      className="card"
      data-testid="coop-order-row"
      data-order-id={order.id}
      data-display-id={order.display_id}
    >
      <Link
        href={href(locale, `/co-op/orders/${order.id}`)}
        className={styles.rowLink}
        data-testid="coop-order-link"
      >
        <span className={styles.rowHead}>
          <strong>{t("order", { id: order.display_id })}</strong>
          <span className="price">
            {formatPrice(order.total, locale, order.currency_code)}
          </span>
        </span>
        <span className="muted">
          {formatDateTime(order.created_at, locale)}
        </span>
        <span className={styles.rowItems}>{itemsSummary(order)}</span>
        <span className={styles.rowFoot}>
          <StatusChip
            locale={locale}
            group="stage"
            value={orderStage(order)}
            testId="coop-order-status"
          />
          {order.payment_status ? (
            <StatusChip
              locale={locale}
              group="payment"
              value={order.payment_status}
              testId="coop-order-payment-status"
            />
          ) : null}
          {parcel ? (
            <StatusChip
              locale={locale}
              group="parcel"
              value={parcel.status}
              testId="coop-order-parcel-status"
            />
          ) : null}
          <span className="muted">
            {pointId
              ? t("pickupAt", {
                  point: localized(point, "name", locale) || pointId,
                })
              : t("deliveryTo")}
          </span>
        </span>
      </Link>
    </li>
  )
}
