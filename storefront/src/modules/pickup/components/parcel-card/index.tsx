import Link from "next/link"
import type { StaffParcel } from "@lib/data/pickup-staff-types"
import { href } from "@lib/util/href"
import { sayLeft, sayWhen, type T } from "../../lib/format"
import { returnAt } from "../../lib/time"
import ReceiveButton from "../receive-button"
import s from "../../console.module.css"

/**
 * One parcel in a list: the compartment large on the left (where to reach),
 * the order number and the customer as staff may see them, the time that
 * matters for its status, and the next action.
 */
export default function ParcelCard({
  parcel,
  locale,
  now,
  t,
}: {
  parcel: StaffParcel
  locale: string
  now: Date
  t: T
}) {
  const order = parcel.order
  const overdue = parcel.status === "overdue"
  const left =
    parcel.deadline_at &&
    (parcel.status === "ready_for_pickup" || parcel.status === "overdue")
      ? sayLeft(t, parcel.deadline_at, now)
      : null
  const link = href(locale, `/pickup/parcels/${parcel.id}`)
  return (
    <li
      className={`${s.card} ${overdue ? s.cardOverdue : ""}`}
      data-testid="pickup-parcel"
      data-parcel-id={parcel.id}
      data-order-id={parcel.order_id}
      data-status={parcel.status}
    >
      <div
        className={`${s.compartment} ${s[`zone_${parcel.zone}`] ?? ""}`}
        data-testid="pickup-parcel-compartment"
      >
        {parcel.compartment ?? "—"}
        <small>{t(`parcel.zone.${parcel.zone}`)}</small>
      </div>
      <div>
        <div className={s.cardHead}>
          <Link
            href={link}
            className={s.orderNo}
            data-testid="pickup-parcel-open"
          >
            {order?.display_id != null
              ? t("parcel.order", { id: order.display_id })
              : t("parcel.noOrder")}
          </Link>
          <span className={`${s.status} ${s[`status_${parcel.status}`] ?? ""}`}>
            {t(`tabs.${parcel.status}`)}
          </span>
        </div>
        <p className={s.meta}>
          {order?.customer_name ?? "—"}
          {order?.phone_last4
            ? ` · ${t("parcel.phoneTail", { tail: order.phone_last4 })}`
            : ""}
        </p>
        <p className={`${s.meta} ${s.muted}`}>
          {parcel.vendor?.name ?? "—"}
          {order ? ` · ${t("parcel.items", { count: order.item_count })}` : ""}
        </p>
        <p className={s.meta}>
          {parcel.status === "awaiting_arrival" ? (
            <>
              {t("parcel.eta")}
              {t("colon")}
              {sayWhen(t, parcel.eta, now, locale)}
            </>
          ) : left ? (
            <>
              {t("parcel.deadline")}
              {t("colon")}
              {sayWhen(t, parcel.deadline_at, now, locale)}
              {" · "}
              <span
                className={s[`due_${left.state}`]}
                data-testid="pickup-parcel-due"
              >
                {left.text}
              </span>
            </>
          ) : parcel.status === "picked_up" ? (
            <>
              {t("parcel.pickedUpAt")}
              {t("colon")}
              {sayWhen(t, parcel.picked_up_at, now, locale)}
            </>
          ) : parcel.status === "returned" ? (
            <>
              {t("parcel.returnedAt")}
              {t("colon")}
              {sayWhen(t, parcel.returned_at, now, locale)}
            </>
          ) : null}
        </p>
        {overdue && parcel.deadline_at ? (
          <p className={`${s.meta} ${s.due_overdue}`}>
            {t("parcel.returnAt")}
            {t("colon")}
            {sayWhen(
              t,
              returnAt(parcel.deadline_at, parcel.point?.overdue_grace_hours),
              now,
              locale
            )}
          </p>
        ) : null}
      </div>
      <div className={s.actions}>
        {parcel.status === "awaiting_arrival" ? (
          <ReceiveButton
            locale={locale}
            parcelId={parcel.id}
            label={t("receive.button")}
            pendingLabel={t("receive.pending")}
          />
        ) : (
          <Link href={link} className={`button secondary ${s.big}`}>
            {t("parcel.open")}
          </Link>
        )}
      </div>
    </li>
  )
}
