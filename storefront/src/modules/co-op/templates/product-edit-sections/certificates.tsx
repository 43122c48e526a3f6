import { getTranslations } from "next-intl/server"
import type { certificateChoices } from "@modules/co-op/lib/mappers"
import { CERTIFICATION_TYPES } from "@modules/co-op/lib/forms"
import {
  declareCertification,
  updateProductCertifications,
} from "@lib/data/vendor-product-actions"
import { formatDate } from "@lib/util/dates"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import StatusChip from "../../components/status-chip"
import { PHOTO_TYPES } from "../../lib/photos"
import { EditSection, ProductIds, type SectionProps } from "./shared"
import styles from "../../console.module.css"
import formStyles from "../../form.module.css"

/**
 * The certificates the product claims, ticked among the co-op's own, and
 * a form to declare a new one for review.
 */
export async function CertificatesSection({
  locale,
  product,
  can,
  errors,
  choices,
}: SectionProps & { choices: ReturnType<typeof certificateChoices> }) {
  const [t, common, status] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coop" }),
    getTranslations({ locale, namespace: "coopStatus" }),
  ])
  const ids = <ProductIds locale={locale} productId={product.id} />
  return (
    <EditSection id="certs" title={t("certSection")}>
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
              {ids}
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
              {ids}
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
                <Field id="cert-from" name="valid_from" label={t("validFrom")}>
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
                id="cert-evidence-file"
                name="evidence_file"
                label={t("evidenceFile")}
                hint={t("evidenceFileHint")}
              >
                <input
                  id="cert-evidence-file"
                  name="evidence_file"
                  type="file"
                  accept={PHOTO_TYPES.join(",")}
                  aria-describedby="cert-evidence-file-hint"
                  data-testid="coop-cert-evidence-file"
                />
              </Field>
              <Field
                id="cert-evidence"
                name="evidence_url"
                label={t("evidence")}
                hint={t("evidenceHint")}
                optional={t("evidenceOr")}
              >
                <input
                  id="cert-evidence"
                  name="evidence_url"
                  type="url"
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
    </EditSection>
  )
}
