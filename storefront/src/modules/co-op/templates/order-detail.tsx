import Link from "next/link"
import { getTranslations } from "next-intl/server"
import {
  orderActions,
  parcelSteps,
  permissions,
} from "@lib/data/vendor-mappers"
import {
  fulfilOrder,
  markDelivered,
  shipFulfillment,
} from "@lib/data/vendor-order-actions"
import type { ApiVendorOrder, VendorSession } from "@lib/data/vendor-types"
import { formatDate, formatDateTime, formatOpeningHours } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { formatPrice } from "@lib/util/money"
import CoopForm from "../components/coop-form"
import Field from "../components/field"
import StatusChip from "../components/status-chip"
import { errorMessages } from "./i18n"
import styles from "../console.module.css"

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
  const [t, common, status, errors] = await Promise.all([
    getTranslations({ locale, namespace: "coopOrders" }),
    getTranslations({ locale, namespace: "coop" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    errorMessages(locale),
  ])
  // The API names the point (even a paused one) and follows the parcel.
  const pickup = order.pickup ?? null
  const point = pickup?.point?.name_zh ? pickup.point : null
  const parcel = pickup?.parcel ?? null
  const money = (amount: number | undefined) =>
    formatPrice(amount ?? 0, locale, order.currency_code)
  const address = order.shipping_address
  const customer = [address?.last_name, address?.first_name]
    .filter(Boolean)
    .join("")
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={order.id} />
    </>
  )
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

      <section
        aria-labelledby="o-delivery"
        className={`card ${styles.section}`}
        data-testid="coop-order-delivery"
        data-delivery={actions.delivery}
      >
        <h2 id="o-delivery">{t("delivery")}</h2>
        {actions.delivery === "pickup" ? (
          <>
            <p>
              <strong data-testid="coop-order-pickup-point">
                {point
                  ? localized(point, "name", locale)
                  : t("pointUnknown", { id: actions.pickupPointId! })}
              </strong>
            </p>
            {point ? (
              <>
                <p className="muted">{localized(point, "address", locale)}</p>
                {formatOpeningHours(point.opening_hours, locale).map((line) => (
                  <p key={line} className="muted">
                    {t("hours")} {line}
                  </p>
                ))}
                {point.contact_phone ? (
                  <p className="muted">
                    {t("phone")}{" "}
                    <a href={`tel:${point.contact_phone}`}>
                      {point.contact_phone}
                    </a>
                  </p>
                ) : null}
              </>
            ) : null}
            {pickup?.arrival_date ? (
              <p className="muted">
                {t("arrivalDate", {
                  date: formatDate(pickup.arrival_date, locale),
                })}
              </p>
            ) : null}
            <div
              className={styles.subsection}
              data-testid="coop-parcel"
              data-status={parcel?.status ?? "none"}
            >
              <h3>{t("parcel")}</h3>
              {parcel ? (
                <>
                  <p>
                    <StatusChip
                      locale={locale}
                      group="parcel"
                      value={parcel.status}
                      testId="coop-parcel-status"
                    />{" "}
                    <span className="muted">
                      {t("zone")} · {status(`temperature.${parcel.zone}`)}
                    </span>
                  </p>
                  <ol className="plain">
                    {parcelSteps(parcel).map((step) => (
                      <li
                        key={step.key}
                        data-testid="coop-parcel-step"
                        data-step={step.key}
                        className={step.expected ? "muted" : undefined}
                      >
                        {t(`steps.${step.key}`, {
                          date: formatDateTime(step.at, locale),
                        })}
                      </li>
                    ))}
                  </ol>
                </>
              ) : (
                <p className="muted">{t("parcelNone")}</p>
              )}
            </div>
          </>
        ) : (
          <p>{t("deliveryTo")}</p>
        )}
        <h3>{t("customer")}</h3>
        <p>
          {customer || order.email}
          {address?.phone ? (
            <>
              {" "}
              · <a href={`tel:${address.phone}`}>{address.phone}</a>
            </>
          ) : null}
        </p>
        {actions.delivery === "delivery" && address?.address_1 ? (
          <p className="muted">
            {[
              address.province,
              address.city,
              address.address_1,
              address.address_2,
              address.postal_code,
            ]
              .filter(Boolean)
              .join(" ")}
          </p>
        ) : null}
      </section>

      {actions.canFulfil && can.fulfil ? (
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
            {hidden}
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
      ) : null}

      {actions.fulfillments.length ? (
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
                {f.next === "ship" && can.fulfil ? (
                  <CoopForm
                    action={shipFulfillment}
                    submitLabel={t("ship")}
                    pendingLabel={t("shippingPending")}
                    errors={errors}
                    testId="coop-ship-form"
                    submitTestId="coop-ship"
                  >
                    {hidden}
                    <input type="hidden" name="fulfillment_id" value={f.id} />
                    <Field
                      id={`ship-${f.id}`}
                      name="tracking_number"
                      label={
                        f.tracking.length ? t("trackingNew") : t("tracking")
                      }
                      hint={
                        f.tracking.length ? t("trackingNewHint") : undefined
                      }
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
                {f.next === "deliver" && can.fulfil ? (
                  <CoopForm
                    action={markDelivered}
                    submitLabel={t("deliver")}
                    pendingLabel={t("delivering")}
                    errors={errors}
                    testId="coop-deliver-form"
                    submitTestId="coop-deliver"
                  >
                    {hidden}
                    <input type="hidden" name="fulfillment_id" value={f.id} />
                  </CoopForm>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="o-items" className={`card ${styles.section}`}>
        <h2 id="o-items">{t("items")}</h2>
        <ul className={`plain ${styles.items}`} data-testid="coop-order-items">
          {(order.items ?? []).map((item) => (
            <li key={item.id} className={styles.item}>
              <span>
                <strong>{item.title}</strong>
                {item.subtitle ? ` · ${item.subtitle}` : ""}
                {item.variant_sku ? (
                  <span className="muted"> · {item.variant_sku}</span>
                ) : null}
              </span>
              <span className="muted">
                {money(item.unit_price)} × {item.quantity}
                {item.detail?.fulfilled_quantity
                  ? ` · ${t("fulfilled", { count: item.detail.fulfilled_quantity })}`
                  : ""}
              </span>
              <span className="price">{money(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className={styles.dl}>
          <dt>{t("shipping")}</dt>
          <dd>{money(order.shipping_total)}</dd>
          <dt>{t("tax")}</dt>
          <dd>{money(order.tax_total)}</dd>
          <dt>
            <strong>{t("total")}</strong>
          </dt>
          <dd className="price" data-testid="coop-order-total">
            {money(order.total)}
          </dd>
        </dl>
      </section>
    </article>
  )
}
