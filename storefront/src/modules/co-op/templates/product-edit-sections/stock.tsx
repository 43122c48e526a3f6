import { getTranslations } from "next-intl/server"
import { setVariantStock } from "@lib/data/vendor-product-actions"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import { EditSection, ProductIds, type SectionProps } from "./shared"
import formStyles from "../../form.module.css"

/** Stock per size at the co-op's stock location, with what is reserved. */
export async function StockSection({
  locale,
  product,
  row,
  can,
  errors,
  location,
}: SectionProps & { location?: { id: string; name?: string | null } }) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  return (
    <EditSection id="stock" title={t("stockSection")}>
      {location ? (
        <>
          <p className="muted">
            {t("stockAt", { location: location.name ?? location.id })}
          </p>
          {row.variants.map((v) =>
            v.stock ? (
              <CoopForm
                key={v.id}
                action={setVariantStock}
                submitLabel={t("saveStock")}
                pendingLabel={common("saving")}
                okLabel={common("saved")}
                errors={errors}
                testId="coop-stock-form"
                submitClassName="secondary"
                className={`${formStyles.inlineForm} ${formStyles.stockForm}`}
                disabled={!can.setStock}
              >
                <ProductIds locale={locale} productId={product.id} />
                <input type="hidden" name="variant_id" value={v.id} />
                <Field
                  id={`stock-${v.id}`}
                  name="stocked_quantity"
                  label={`${v.title} · ${t("stocked")}`}
                  hint={
                    v.stock.reserved
                      ? t("reserved", { count: v.stock.reserved })
                      : undefined
                  }
                >
                  <input
                    id={`stock-${v.id}`}
                    name="stocked_quantity"
                    inputMode="numeric"
                    defaultValue={v.stock.stocked}
                    required
                    aria-describedby={
                      v.stock.reserved ? `stock-${v.id}-hint` : undefined
                    }
                    data-testid="coop-stock-input"
                  />
                </Field>
              </CoopForm>
            ) : (
              <p key={v.id}>
                {v.title} · <span className="muted">{t("untracked")}</span>
              </p>
            )
          )}
        </>
      ) : (
        <p>{t("noLocation")}</p>
      )}
    </EditSection>
  )
}
