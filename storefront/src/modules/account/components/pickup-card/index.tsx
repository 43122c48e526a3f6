import { getTranslations } from "next-intl/server"
import QRCode from "qrcode"
import type { PickupView } from "@lib/data/orders"
import { formatDateTime, formatOpeningHours } from "@lib/util/dates"
import { localized } from "@lib/util/localized"

/** The order's pickup: point, hours, deadline, and the code with its QR (an SVG rendered on the server). */
export default async function PickupCard({
  pickup,
  locale,
}: {
  pickup: PickupView
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "account" })
  const status = await getTranslations({ locale, namespace: "status" })
  const svg = pickup.qr
    ? await QRCode.toString(pickup.qr, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
      })
    : null
  const point = pickup.point
  return (
    <section
      className="card"
      aria-labelledby={`pickup-${point.id}`}
      data-testid="pickup-card"
    >
      <h3 id={`pickup-${point.id}`}>{t("pickup")}</h3>
      <p>
        {t("point")}：<strong>{localized(point, "name", locale)}</strong>
        <br />
        <span className="muted">{localized(point, "address", locale)}</span>
      </p>
      <p>
        {t("hours")}：
        {formatOpeningHours(point.opening_hours, locale).join("；")}
      </p>
      {pickup.parcel ? (
        <p data-testid="parcel-status">
          {t("parcel")}：
          {status.has(pickup.parcel.status)
            ? status(pickup.parcel.status)
            : pickup.parcel.status}
        </p>
      ) : null}
      {pickup.parcel?.deadline_at ? (
        <p data-testid="pickup-deadline">
          {t("deadline", {
            date: formatDateTime(pickup.parcel.deadline_at, locale),
          })}
        </p>
      ) : null}
      {pickup.code ? (
        <>
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
        </>
      ) : (
        <p className="muted">{t("codePending")}</p>
      )}
    </section>
  )
}
