import { getTranslations } from "next-intl/server"
import styles from "../../console.module.css"

/** A status in words, with the raw value in `data-status` for tests and styles. */
export default async function StatusChip({
  locale,
  group,
  value,
  testId,
}: {
  locale: string
  group:
    | "vendor"
    | "product"
    | "order"
    | "fulfillment"
    | "payment"
    | "payout"
    | "member"
    | "role"
    | "fulfillmentState"
    | "certStatus"
    | "review"
    | "stage"
    | "parcel"
  value: string
  testId?: string
}) {
  const t = await getTranslations({ locale, namespace: "coopStatus" })
  const key = `${group}.${value}`
  return (
    <span
      className={`${styles.chip} ${styles[`chip_${value}`] ?? ""}`}
      data-status={value}
      data-testid={testId}
    >
      {t.has(key) ? t(key) : value}
    </span>
  )
}
