import { getTranslations } from "next-intl/server"
import { gradeStandardCode } from "@modules/co-op/lib/mappers"
import { clearGrade, declareGrade } from "@lib/data/vendor-product-actions"
import type {
  ApiBrandAuthorization,
  ApiGradeStandard,
} from "../../../../types/co-op"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import GradeForm from "../../components/grade-form"
import { EditSection, ProductIds, type SectionProps } from "./shared"
import styles from "../../console.module.css"

/** Each size's grade under a standard, declared with measured values. */
export async function GradeSection({
  locale,
  product,
  can,
  errors,
  standards,
}: SectionProps & { standards: ApiGradeStandard[] }) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  const en = locale === "en"
  return (
    <EditSection id="grade" title={t("gradeSection")}>
      {can.claim ? <p className="muted">{t("gradeIntro")}</p> : null}
      {(product.variants ?? []).map((variant) => {
        const grade = variant.variant_grade
        const level = grade?.level
        return (
          <div
            key={variant.id}
            className={styles.subsection}
            data-testid="coop-variant-grade"
            data-variant-id={variant.id}
          >
            <h3>{variant.title}</h3>
            <p data-testid="coop-current-grade">
              {level
                ? t("currentGrade", {
                    level: en ? level.name_en : level.name_zh,
                    standard: gradeStandardCode(level, standards) ?? "",
                  })
                : t("noGrade")}
            </p>
            {can.claim ? (
              <details className={styles.details} open={!level}>
                <summary data-testid="coop-grade-toggle">
                  {level ? t("changeGrade") : t("declareGrade")}
                </summary>
                <GradeForm
                  action={declareGrade}
                  standards={standards}
                  current={{
                    standard: gradeStandardCode(level, standards) ?? undefined,
                    level: level?.code,
                    measured: grade?.measured ?? undefined,
                  }}
                  productId={product.id}
                  variantId={variant.id}
                  locale={locale}
                  errors={errors}
                  labels={{
                    standard: t("standard"),
                    chooseStandard: t("chooseStandard"),
                    level: t("level"),
                    chooseLevel: t("chooseLevel"),
                    measurements: t("measurements"),
                    outOfGrade: t("outOfGrade"),
                    outOfGradeHint: t.raw("outOfGradeHint") as string,
                    declareGrade: t("declareGrade"),
                    declaring: t("declaring"),
                    gradeSaved: t("gradeSaved"),
                  }}
                />
                {level ? (
                  <CoopForm
                    action={clearGrade}
                    submitLabel={t("clearGrade")}
                    pendingLabel={common("saving")}
                    errors={errors}
                    submitClassName="secondary"
                    testId="coop-clear-grade-form"
                  >
                    <ProductIds locale={locale} productId={product.id} />
                    <input type="hidden" name="variant_id" value={variant.id} />
                  </CoopForm>
                ) : null}
              </details>
            ) : null}
          </div>
        )
      })}
    </EditSection>
  )
}

/**
 * The origin brand, chosen among the co-op's live authorizations: a field
 * of the page's one form (ProductSaveForm) for a member who may claim.
 */
export async function BrandSection({
  locale,
  product,
  can,
  brands,
}: SectionProps & { brands: ApiBrandAuthorization["brand"][] }) {
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  const en = locale === "en"
  return (
    <EditSection id="brand" title={t("brandSection")}>
      <p>
        {product.brand
          ? en && product.brand.name_en
            ? product.brand.name_en
            : product.brand.name_zh
          : t("noBrand")}
      </p>
      {can.claim ? (
        <>
          <p className="muted">{t("brandIntro")}</p>
          {brands.length || product.brand ? (
            <Field id="brand-select" name="brand_handle" label={t("brand")}>
              <select
                id="brand-select"
                name="brand_handle"
                defaultValue={product.brand?.handle ?? ""}
                data-testid="coop-brand-select"
              >
                <option value="">{t("noBrand")}</option>
                {product.brand &&
                !brands.some((b) => b.handle === product.brand?.handle) ? (
                  // The current brand, even once its authorization lapsed:
                  // the one save must not drop it unasked.
                  <option value={product.brand.handle}>
                    {en && product.brand.name_en
                      ? product.brand.name_en
                      : product.brand.name_zh}
                  </option>
                ) : null}
                {brands.map((b) => (
                  <option key={b.handle} value={b.handle}>
                    {en && b.name_en ? b.name_en : b.name_zh}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <p>{t("noAuthorizations")}</p>
          )}
        </>
      ) : null}
    </EditSection>
  )
}
