import { getTranslations } from "next-intl/server"
import { parcelSteps } from "@modules/co-op/lib/mappers"
import type { ApiVendorOrder } from "../../../../types/co-op"
import { formatDateTime } from "@lib/util/dates"
import StatusChip from "../../components/status-chip"
import styles from "../../console.module.css"

type Parcel = NonNullable<NonNullable<ApiVendorOrder["pickup"]>["parcel"]>

/** The pickup order's parcel: its status and zone, then each step's date. */
export default async function ParcelProgress({
  parcel,
  locale,
}: {
  parcel: Parcel | null
  locale: string
}) {
  const [t, status] = await Promise.all([
    getTranslations({ locale, namespace: "coopOrders" }),
    getTranslations({ locale, namespace: "coopStatus" }),
  ])
  return (
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
  )
}
