import { getTranslations } from "next-intl/server"
import {
  updateProductDetails,
  updateVariantPrices,
} from "@lib/data/vendor-product-actions"
import type { ApiVendorProduct } from "@lib/data/vendor-types"
import { formatPrice } from "@lib/util/money"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import { ProductTextFields, StatusChoice } from "../product-create"
import { EditSection, ProductIds, type SectionProps } from "./shared"
import styles from "../../console.module.css"
import formStyles from "../../form.module.css"

const meta = (product: ApiVendorProduct, key: string) => {
  const value = product.metadata?.[key]
  return typeof value === "string" ? value : undefined
}

/** Titles, description, temperature class and publish status. */
export async function DetailsSection({
  locale,
  product,
  row,
  can,
  errors,
  pending,
}: SectionProps & { pending: boolean }) {
  const [t, common, status] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coop" }),
    getTranslations({ locale, namespace: "coopStatus" }),
  ])
  return (
    <EditSection id="details" title={t("detailsSection")}>
      {can.editCatalogue ? (
        <CoopForm
          action={updateProductDetails}
          submitLabel={common("save")}
          pendingLabel={common("saving")}
          okLabel={common("saved")}
          errors={errors}
          testId="coop-details-form"
          submitTestId="coop-details-save"
        >
          <ProductIds locale={locale} productId={product.id} />
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
        </CoopForm>
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

/** Each size's title and CNY price. */
export async function PricesSection({
  locale,
  product,
  row,
  can,
  errors,
}: SectionProps) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  return (
    <EditSection id="prices" title={t("pricesSection")}>
      {can.editCatalogue ? (
        <CoopForm
          action={updateVariantPrices}
          submitLabel={t("savePrices")}
          pendingLabel={common("saving")}
          okLabel={common("saved")}
          errors={errors}
          testId="coop-prices-form"
          submitTestId="coop-prices-save"
        >
          <ProductIds locale={locale} productId={product.id} />
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
        </CoopForm>
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
