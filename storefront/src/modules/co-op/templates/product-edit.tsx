import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { CERTIFICATION_TYPES } from "@lib/data/vendor-forms"
import {
  authorizedBrands,
  certificateChoices,
  gradeStandardCode,
  permissions,
  productName,
  productRow,
} from "@lib/data/vendor-mappers"
import {
  addVariant,
  clearGrade,
  declareCertification,
  declareGrade,
  deleteProduct,
  removeVariant,
  setProductBrand,
  setVariantStock,
  updateProductCertifications,
  updateProductDetails,
  updateVariantPrices,
} from "@lib/data/vendor-product-actions"
import {
  listBrandAuthorizations,
  listCertifications,
  listGradeStandards,
} from "@lib/data/vendor-products"
import type { ApiVendorProduct, VendorSession } from "@lib/data/vendor-types"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import CoopForm from "../components/coop-form"
import Field from "../components/field"
import GradeForm from "../components/grade-form"
import StatusChip from "../components/status-chip"
import { errorMessages } from "./i18n"
import { ProductTextFields, StatusChoice } from "./product-create"
import styles from "../console.module.css"
import formStyles from "../form.module.css"

const meta = (product: ApiVendorProduct, key: string) => {
  const value = product.metadata?.[key]
  return typeof value === "string" ? value : undefined
}

export default async function ProductEditTemplate({
  locale,
  session,
  product,
  created,
}: {
  locale: string
  session: VendorSession
  product: ApiVendorProduct
  created: boolean
}) {
  const vendorId = session.vendor.id
  const can = permissions(session.member.role, session.vendor.status)
  const [t, common, status, errors, standards, authorizations, certifications] =
    await Promise.all([
      getTranslations({ locale, namespace: "coopProducts" }),
      getTranslations({ locale, namespace: "coop" }),
      getTranslations({ locale, namespace: "coopStatus" }),
      errorMessages(locale),
      listGradeStandards(),
      can.claim ? listBrandAuthorizations(vendorId) : Promise.resolve([]),
      can.claim ? listCertifications(vendorId) : Promise.resolve([]),
    ])
  const locationId = session.vendor.stock_location?.id
  const row = productRow(product, locationId)
  const now = new Date()
  const brands = authorizedBrands(authorizations, now)
  const choices = certificateChoices(certifications, product, now)
  const pending = session.vendor.status === "pending_review"
  const en = locale === "en"
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={product.id} />
    </>
  )
  const sections = [
    ["details", t("detailsSection")],
    ["prices", t("pricesSection")],
    ...(can.editCatalogue ? [["sizes", t("sizesManageSection")]] : []),
    ["stock", t("stockSection")],
    ["grade", t("gradeSection")],
    ["brand", t("brandSection")],
    ["certs", t("certSection")],
  ]
  return (
    <article data-testid="coop-product-edit" data-product-id={product.id}>
      <p>
        <Link href={href(locale, "/co-op/products")}>← {t("back")}</Link>
      </p>
      <div className={styles.titleRow}>
        <h1>{productName(row, locale)}</h1>
        <StatusChip
          locale={locale}
          group="product"
          value={product.status}
          testId="coop-product-status"
        />
      </div>
      {product.status === "published" ? (
        <p>
          <Link href={href(locale, `/products/${product.handle}`)}>
            {t("viewInShop")}
          </Link>
        </p>
      ) : null}
      {created ? (
        <p className="ok card" role="status" data-testid="coop-product-created">
          {t("created")}
        </p>
      ) : null}
      {!can.editCatalogue ? (
        <p className={`${styles.callout} card`}>{t("readOnly")}</p>
      ) : null}
      <nav aria-label={t("sections")} className={styles.anchors}>
        <ul className="chips">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a className="chip" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section
        id="details"
        aria-labelledby="details-h"
        className={`card ${styles.section}`}
      >
        <h2 id="details-h">{t("detailsSection")}</h2>
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
            {hidden}
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
      </section>

      <section
        id="prices"
        aria-labelledby="prices-h"
        className={`card ${styles.section}`}
      >
        <h2 id="prices-h">{t("pricesSection")}</h2>
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
            {hidden}
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
      </section>

      {can.editCatalogue ? (
        <section
          id="sizes"
          aria-labelledby="sizes-h"
          className={`card ${styles.section}`}
          data-testid="coop-sizes"
        >
          <h2 id="sizes-h">{t("sizesManageSection")}</h2>
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
                  {v.sku ? (
                    <span className="muted"> · {v.sku}</span>
                  ) : null} ·{" "}
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
                      {hidden}
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
            {hidden}
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
                    <input
                      type="hidden"
                      name="option_title"
                      value={option.title}
                    />
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
        </section>
      ) : null}

      <section
        id="stock"
        aria-labelledby="stock-h"
        className={`card ${styles.section}`}
      >
        <h2 id="stock-h">{t("stockSection")}</h2>
        {locationId ? (
          <>
            <p className="muted">
              {t("stockAt", {
                location: session.vendor.stock_location?.name ?? locationId,
              })}
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
                  {hidden}
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
      </section>

      <section
        id="grade"
        aria-labelledby="grade-h"
        className={`card ${styles.section}`}
      >
        <h2 id="grade-h">{t("gradeSection")}</h2>
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
                      standard:
                        gradeStandardCode(level, standards) ?? undefined,
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
                      {hidden}
                      <input
                        type="hidden"
                        name="variant_id"
                        value={variant.id}
                      />
                    </CoopForm>
                  ) : null}
                </details>
              ) : null}
            </div>
          )
        })}
      </section>

      <section
        id="brand"
        aria-labelledby="brand-h"
        className={`card ${styles.section}`}
      >
        <h2 id="brand-h">{t("brandSection")}</h2>
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
              <CoopForm
                action={setProductBrand}
                submitLabel={t("saveBrand")}
                pendingLabel={common("saving")}
                okLabel={common("saved")}
                errors={errors}
                testId="coop-brand-form"
                submitTestId="coop-brand-save"
              >
                {hidden}
                <Field id="brand-select" name="brand_handle" label={t("brand")}>
                  <select
                    id="brand-select"
                    name="brand_handle"
                    defaultValue={product.brand?.handle ?? ""}
                    data-testid="coop-brand-select"
                  >
                    <option value="">{t("noBrand")}</option>
                    {brands.map((b) => (
                      <option key={b.handle} value={b.handle}>
                        {en && b.name_en ? b.name_en : b.name_zh}
                      </option>
                    ))}
                  </select>
                </Field>
              </CoopForm>
            ) : (
              <p>{t("noAuthorizations")}</p>
            )}
          </>
        ) : null}
      </section>

      <section
        id="certs"
        aria-labelledby="certs-h"
        className={`card ${styles.section}`}
      >
        <h2 id="certs-h">{t("certSection")}</h2>
        {!can.claim ? (
          <ul className="plain">
            {(product.certifications ?? []).map((c) => (
              <li key={c.id}>
                {status(`certType.${c.type}`)} ·{" "}
                {t("certNumber", { number: c.number })}
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p className="muted">{t("certIntro")}</p>
            {choices.length ? (
              <CoopForm
                action={updateProductCertifications}
                submitLabel={t("saveCerts")}
                pendingLabel={common("saving")}
                okLabel={common("saved")}
                errors={errors}
                testId="coop-certs-form"
                submitTestId="coop-certs-save"
              >
                {hidden}
                {choices.map((c) => (
                  <div key={c.id}>
                    <input type="hidden" name="listed" value={c.id} />
                    {c.attached ? (
                      <input type="hidden" name="attached" value={c.id} />
                    ) : null}
                    <label className="option" data-testid="coop-cert-choice">
                      <input
                        type="checkbox"
                        name="certification"
                        value={c.id}
                        defaultChecked={c.attached}
                        disabled={Boolean(c.blocked) && !c.attached}
                      />
                      <span>
                        <strong>{status(`certType.${c.type}`)}</strong> ·{" "}
                        {t("certNumber", { number: c.number })}
                        <br />
                        <span className="muted">
                          {c.issuer} ·{" "}
                          {t("validTo", {
                            date: formatDate(c.valid_to, locale),
                          })}
                        </span>
                        <br />
                        {c.status ? (
                          <StatusChip
                            locale={locale}
                            group="certStatus"
                            value={c.status}
                          />
                        ) : null}{" "}
                        {c.review_status ? (
                          <StatusChip
                            locale={locale}
                            group="review"
                            value={c.review_status}
                          />
                        ) : null}{" "}
                        {c.blocked ? (
                          <span className="error">
                            {t(`blocked.${c.blocked}`)}
                          </span>
                        ) : null}
                      </span>
                    </label>
                  </div>
                ))}
              </CoopForm>
            ) : (
              <p>{t("noCertificates")}</p>
            )}
            <details className={styles.details} data-testid="coop-declare-cert">
              <summary>{t("declareCert")}</summary>
              <CoopForm
                action={declareCertification}
                submitLabel={t("declare")}
                pendingLabel={common("saving")}
                okLabel={t("declared")}
                errors={errors}
                testId="coop-declare-cert-form"
                submitTestId="coop-declare-cert-submit"
                resetOnOk
              >
                {hidden}
                <Field id="cert-type" name="type" label={t("certType")}>
                  <select id="cert-type" name="type" defaultValue="green_food">
                    {CERTIFICATION_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {status(`certType.${type}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  id="cert-number"
                  name="number"
                  label={t("certNumberLabel")}
                  hint={t("certNumberHint")}
                >
                  <input
                    id="cert-number"
                    name="number"
                    required
                    maxLength={64}
                    spellCheck={false}
                    aria-describedby="cert-number-hint"
                  />
                </Field>
                <Field id="cert-issuer" name="issuer" label={t("issuer")}>
                  <input
                    id="cert-issuer"
                    name="issuer"
                    required
                    maxLength={200}
                  />
                </Field>
                <div className={formStyles.grid2}>
                  <Field
                    id="cert-from"
                    name="valid_from"
                    label={t("validFrom")}
                  >
                    <input
                      id="cert-from"
                      name="valid_from"
                      type="date"
                      required
                    />
                  </Field>
                  <Field id="cert-to" name="valid_to" label={t("validToLabel")}>
                    <input id="cert-to" name="valid_to" type="date" required />
                  </Field>
                </div>
                <Field
                  id="cert-evidence"
                  name="evidence_url"
                  label={t("evidence")}
                  hint={t("evidenceHint")}
                >
                  <input
                    id="cert-evidence"
                    name="evidence_url"
                    type="url"
                    required
                    aria-describedby="cert-evidence-hint"
                  />
                </Field>
                <fieldset>
                  <legend>{t("scope")}</legend>
                  <label className="option">
                    <input
                      type="radio"
                      name="scope"
                      value="product"
                      defaultChecked
                    />
                    {t("scopeProduct")}
                  </label>
                  <label className="option">
                    <input type="radio" name="scope" value="vendor" />
                    {t("scopeCoop")}
                  </label>
                </fieldset>
              </CoopForm>
            </details>
          </>
        )}
      </section>

      {can.editCatalogue ? (
        <section
          id="delete"
          aria-labelledby="delete-h"
          className={`card ${styles.section} ${styles.danger}`}
        >
          <h2 id="delete-h">{t("deleteSection")}</h2>
          <p className="muted">{t("deleteIntro")}</p>
          <CoopForm
            action={deleteProduct}
            submitLabel={t("delete")}
            pendingLabel={t("deleting")}
            errors={errors}
            submitClassName={styles.dangerButton}
            testId="coop-delete-form"
          >
            {hidden}
            <label className="option">
              <input type="checkbox" name="confirm" value="yes" required />
              {t("confirmDelete")}
            </label>
          </CoopForm>
        </section>
      ) : null}
    </article>
  )
}
