import type { ReactNode } from "react"
import type { permissions, productRow } from "@modules/co-op/lib/mappers"
import type { ApiVendorProduct } from "../../../../types/co-op"
import type { errorMessages } from "../i18n"
import styles from "../../console.module.css"

/** What every section of the product page is given. */
export type SectionProps = {
  locale: string
  product: ApiVendorProduct
  row: ReturnType<typeof productRow>
  can: ReturnType<typeof permissions>
  errors: Awaited<ReturnType<typeof errorMessages>>
}

/** The ids every form of the product page posts. */
export function ProductIds({
  locale,
  productId,
}: {
  locale: string
  productId: string
}) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
    </>
  )
}

/** A titled card, the target of the page's section links (`#id`). */
export function EditSection({
  id,
  title,
  className,
  testId,
  children,
}: {
  id: string
  title: string
  className?: string
  testId?: string
  children: ReactNode
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-h`}
      className={`card ${styles.section}${className ? ` ${className}` : ""}`}
      data-testid={testId}
    >
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  )
}
