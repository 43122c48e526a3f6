import { getTranslations } from "next-intl/server"
import type { ApiVendorProduct } from "../../../../types/co-op"
import { formatPrice } from "@lib/util/money"
import Field from "../../components/field"
import { ProductTextFields, StatusChoice } from "../product-create"
import { EditSection, type SectionProps } from "./shared"
import styles from "../../console.module.css"
import formStyles from "../../form.module.css"

export const meta = (product: ApiVendorProduct, key: string) => {
  const value = product.metadata?.[key]
  return typeof value === "string" ? value : undefined
}

/**
 * Titles, description, temperature class and publish status: fields of the
 * page's one form (ProductSaveForm) for an editor, a summary otherwise.
 */
export async function DetailsSection({
  locale,
  product,
  row,
  can,
  pending,
}: SectionProps & { pending: boolean }) {
  const [t, status] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coopStatus" }),
  ])
  return (
    <EditSection id="details" title={t("detailsSection")}>
      {can.editCatalogue ? (
        <>
          <ProductTextFields
            locale={locale}
            values={{
              title: product.title,
              title_en: meta(product, "title_en"),
              subtitle: product.subtitle ?? undefined,
              description: product.description ?? undefined,
              description_en: meta(product, "description_en"),
              temperature_class: row.temperatureClass,
            }}
          />
          {product.status === "draft" || product.status === "published" ? (
            <StatusChoice
              locale={locale}
              value={product.status}
              pending={pending}
            />
          ) : null}
        </>
      ) : (
        <dl className={styles.dl}>
          <dt>{t("titleZh")}</dt>
          <dd>{product.title}</dd>
          {row.titleEn ? (
            <>
              <dt>{t("titleEn")}</dt>
              <dd lang="en">{row.titleEn}</dd>
            </>
          ) : null}
          <dt>{t("temperature")}</dt>
          <dd>{status(`temperature.${row.temperatureClass}`)}</dd>
        </dl>
      )}
    </EditSection>
  )
}

/** Each size's title and CNY price (fields of the page's one form). */
export async function PricesSection({ locale, row, can }: SectionProps) {
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  return (
    <EditSection id="prices" title={t("pricesSection")}>
      {can.editCatalogue ? (
        <>
          {row.variants.map((v) => (
            <div key={v.id} className={formStyles.grid2}>
              <Field
                id={`title-${v.id}`}
                name={`title_${v.id}`}
                label={t("sizeTitle")}
              >
                <input
                  id={`title-${v.id}`}
                  name={`title_${v.id}`}
                  defaultValue={v.title}
                  required
                />
              </Field>
              <Field
                id={`price-${v.id}`}
                name={`price_${v.id}`}
                label={t("price")}
              >
                <input
                  id={`price-${v.id}`}
                  name={`price_${v.id}`}
                  inputMode="decimal"
                  defaultValue={v.price ?? ""}
                  required
                  data-testid="coop-price-input"
                />
              </Field>
            </div>
          ))}
        </>
      ) : (
        <ul className="plain">
          {row.variants.map((v) => (
            <li key={v.id}>
              {v.title} ·{" "}
              <span className="price">{formatPrice(v.price, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </EditSection>
  )
}
