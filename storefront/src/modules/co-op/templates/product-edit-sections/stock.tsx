import { getTranslations } from "next-intl/server"
import Field from "../../components/field"
import { EditSection, type SectionProps } from "./shared"
import formStyles from "../../form.module.css"

/**
 * Stock per size at the co-op's stock location, with what is reserved:
 * fields of the page's one form (ProductSaveForm), `stock_<variant id>`.
 * A member who may not set stock sees them disabled (and never sends them).
 */
export async function StockSection({
  locale,
  row,
  can,
  location,
}: SectionProps & { location?: { id: string; name?: string | null } }) {
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  return (
    <EditSection id="stock" title={t("stockSection")}>
      {location ? (
        <>
          <p className="muted">
            {t("stockAt", { location: location.name ?? location.id })}
          </p>
          <div className={formStyles.grid2}>
            {row.variants.map((v) =>
              v.stock ? (
                <Field
                  key={v.id}
                  id={`stock-${v.id}`}
                  name={`stock_${v.id}`}
                  label={`${v.title} · ${t("stocked")}`}
                  hint={
                    v.stock.reserved
                      ? t("reserved", { count: v.stock.reserved })
                      : undefined
                  }
                >
                  <input
                    id={`stock-${v.id}`}
                    name={`stock_${v.id}`}
                    inputMode="numeric"
                    defaultValue={v.stock.stocked}
                    required
                    disabled={!can.setStock}
                    aria-describedby={
                      v.stock.reserved ? `stock-${v.id}-hint` : undefined
                    }
                    data-testid="coop-stock-input"
                  />
                </Field>
              ) : (
                <p key={v.id}>
                  {v.title} · <span className="muted">{t("untracked")}</span>
                </p>
              )
            )}
          </div>
        </>
      ) : (
        <p>{t("noLocation")}</p>
      )}
    </EditSection>
  )
}
