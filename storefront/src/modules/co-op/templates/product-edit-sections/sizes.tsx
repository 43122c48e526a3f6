import { getTranslations } from "next-intl/server"
import { addVariant, removeVariant } from "@lib/data/vendor-product-actions"
import { formatPrice } from "@lib/util/money"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import { EditSection, ProductIds, type SectionProps } from "./shared"
import styles from "../../console.module.css"
import formStyles from "../../form.module.css"

/**
 * The sizes (variants): remove one (never the last) or add one with its
 * price and, where the co-op keeps stock, its starting stock.
 */
export async function SizesSection({
  locale,
  product,
  row,
  can,
  errors,
  locationId,
}: SectionProps & { locationId?: string }) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  const ids = <ProductIds locale={locale} productId={product.id} />
  return (
    <EditSection id="sizes" title={t("sizesManageSection")} testId="coop-sizes">
      <p className="muted">{t("sizesManageIntro")}</p>
      <ul className="plain">
        {row.variants.map((v) => (
          <li
            key={v.id}
            className={styles.subsection}
            data-testid="coop-size"
            data-variant-id={v.id}
          >
            <p>
              <strong>{v.title}</strong>
              {v.sku ? <span className="muted"> · {v.sku}</span> : null} ·{" "}
              <span className="price">{formatPrice(v.price, locale)}</span>
            </p>
            {row.variants.length > 1 ? (
              <details className={styles.details}>
                <summary data-testid="coop-size-remove-toggle">
                  {t("removeSize")}
                </summary>
                <CoopForm
                  action={removeVariant}
                  submitLabel={t("removeSizeSubmit", { size: v.title })}
                  pendingLabel={t("removing")}
                  errors={errors}
                  submitClassName={styles.dangerButton}
                  testId="coop-size-remove-form"
                  submitTestId="coop-size-remove-submit"
                >
                  {ids}
                  <input type="hidden" name="variant_id" value={v.id} />
                  <p className="muted">{t("removeSizeIntro")}</p>
                  <label className="option">
                    <input
                      type="checkbox"
                      name="confirm"
                      value="yes"
                      required
                      data-testid="coop-size-remove-confirm"
                    />
                    {t("confirmRemoveSize")}
                  </label>
                </CoopForm>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {row.variants.length <= 1 ? (
        <p className="muted">{t("onlySize")}</p>
      ) : null}
      <h3>{t("newSize")}</h3>
      <CoopForm
        action={addVariant}
        submitLabel={t("addSizeSubmit")}
        pendingLabel={t("adding")}
        okLabel={t("sizeAdded")}
        errors={errors}
        testId="coop-add-size-form"
        submitTestId="coop-add-size-submit"
        resetOnOk
      >
        {ids}
        <Field id="new-size-title" name="new_title" label={t("sizeTitle")}>
          <input
            id="new-size-title"
            name="new_title"
            placeholder={t("sizePlaceholder")}
            required
            maxLength={200}
            data-testid="coop-new-size-title"
          />
        </Field>
        {(product.options ?? []).length > 1
          ? (product.options ?? []).map((option, i) => (
              <Field
                key={option.id}
                id={`new-size-option-${i}`}
                name={`option_value_${i}`}
                label={option.title}
              >
                <input type="hidden" name="option_title" value={option.title} />
                <input
                  id={`new-size-option-${i}`}
                  name="option_value"
                  required
                />
              </Field>
            ))
          : null}
        <div className={formStyles.grid2}>
          <Field id="new-size-price" name="new_price" label={t("price")}>
            <input
              id="new-size-price"
              name="new_price"
              inputMode="decimal"
              required
              data-testid="coop-new-size-price"
            />
          </Field>
          {locationId && can.setStock ? (
            <Field
              id="new-size-stock"
              name="new_stock"
              label={t("startStock")}
              optional={common("optional")}
            >
              <input
                id="new-size-stock"
                name="new_stock"
                inputMode="numeric"
                data-testid="coop-new-size-stock"
              />
            </Field>
          ) : null}
        </div>
        <Field
          id="new-size-sku"
          name="new_sku"
          label={t("sku")}
          hint={t("skuHint")}
          optional={common("optional")}
        >
          <input
            id="new-size-sku"
            name="new_sku"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={100}
            aria-describedby="new-size-sku-hint"
            data-testid="coop-new-size-sku"
          />
        </Field>
        {!locationId ? <p className="muted">{t("noLocation")}</p> : null}
      </CoopForm>
    </EditSection>
  )
}
