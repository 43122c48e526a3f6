import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import type { PickupView } from "@lib/data/orders"
import { formatDate, formatDateTime, formatOpeningHours } from "@lib/util/dates"
import { localized } from "@lib/util/localized"

/**
 * The order's pickup: point, hours, deadline, and the code with its QR (an
 * SVG rendered on the server by `qrcode`, so no client JS).
 */
export default async function PickupCard({
  pickup,
  locale,
  cancelled = false,
}: {
  pickup: PickupView
  locale: string
  /** The order is cancelled: no code will come, whatever the parcel says. */
  cancelled?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "account" })
  const status = await getTranslations({ locale, namespace: "status" })
  const zone = await getTranslations({ locale, namespace: "zone" })
  const typeT = await getTranslations({ locale, namespace: "pointType" })
  const payload = pickup.qr_payload
  const svg = payload
    ? await QRCode.toString(payload, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
      })
    : null
  const point = pickup.point
  const parcel = pickup.parcel
  const hours = formatOpeningHours(point.opening_hours, locale)
  return (
    <section
      className="card pickup-card"
      aria-labelledby={`pickup-${point.id}`}
      data-testid="pickup-card"
    >
      <h2 id={`pickup-${point.id}`}>{t("pickup")}</h2>
      {pickup.code ? (
        <div className="pickup-code-box">
          <p className="muted">{t("code")}</p>
          <p
            className="code"
            aria-label={t("codeLabel", {
              code: pickup.code.split("").join(" "),
            })}
            data-testid="pickup-code"
          >
            {pickup.code}
          </p>
          {svg ? (
            <div
              className="qr"
              role="img"
              aria-label={t("qr")}
              dangerouslySetInnerHTML={{ __html: svg }}
              data-testid="pickup-qr"
            />
          ) : null}
          <p className="muted">{t("showCode")}</p>
        </div>
      ) : parcel?.status === "picked_up" ? (
        <p data-testid="pickup-done">
          {parcel.picked_up_at
            ? t("pickedUp", {
                date: formatDateTime(parcel.picked_up_at, locale),
              })
            : status("picked_up")}
        </p>
      ) : parcel?.status === "returned" ? (
        <p data-testid="pickup-done">{t("parcelReturned")}</p>
      ) : cancelled || parcel?.status === "cancelled" ? (
        <p data-testid="pickup-done">{t("parcelCancelled")}</p>
      ) : (
        <p className="muted" data-testid="pickup-code-pending">
          {t("codePending")}
        </p>
      )}
      <dl className="summary">
        {parcel ? (
          <>
            <dt>{t("parcel")}</dt>
            <dd data-testid="parcel-status">
              {status.has(parcel.status)
                ? status(parcel.status)
                : parcel.status}
            </dd>
          </>
        ) : null}
        {parcel?.deadline_at &&
        (parcel.status === "ready_for_pickup" ||
          parcel.status === "overdue") ? (
          <>
            <dt>{t("deadlineLabel")}</dt>
            <dd data-testid="pickup-deadline">
              {formatDateTime(parcel.deadline_at, locale)}
            </dd>
          </>
        ) : pickup.arrival_date &&
          !cancelled &&
          (!parcel || parcel.status === "awaiting_arrival") ? (
          <>
            <dt>{t("arrival")}</dt>
            <dd data-testid="pickup-arrival">
              {formatDate(pickup.arrival_date, locale)}
            </dd>
          </>
        ) : null}
        {parcel?.compartment ? (
          <>
            <dt>{t("compartment")}</dt>
            <dd>{parcel.compartment}</dd>
          </>
        ) : null}
        <dt>{t("point")}</dt>
        <dd>
          <strong>{localized(point, "name", locale)}</strong>
          {point.type && typeT.has(point.type) ? (
            <span className="muted"> · {typeT(point.type)}</span>
          ) : null}
          <br />
          <span className="muted">{localized(point, "address", locale)}</span>
        </dd>
        {pickup.zone ? (
          <>
            <dt>{t("zone")}</dt>
            <dd>{zone(pickup.zone as "ambient")}</dd>
          </>
        ) : null}
        {hours.length ? (
          <>
            <dt>{t("hours")}</dt>
            <dd data-testid="pickup-hours">
              {hours.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {point.contact_phone ? (
          <>
            <dt>{t("pointPhone")}</dt>
            <dd>
              <a href={`tel:${point.contact_phone}`}>{point.contact_phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}
