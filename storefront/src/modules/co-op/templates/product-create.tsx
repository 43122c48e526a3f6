import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { TEMPERATURE_CLASSES } from "@modules/co-op/lib/forms"
import { createProduct } from "@lib/data/vendor-product-actions"
import type { VendorSession } from "../../../types/co-op"
import { href } from "@lib/util/href"
import CoopForm from "../components/coop-form"
import Field from "../components/field"
import VariantRows from "../components/variant-rows"
import { errorMessages } from "./i18n"
import styles from "../console.module.css"

/** The product's words and storage class, shared by the create and edit forms. */
export async function ProductTextFields({
  locale,
  values,
}: {
  locale: string
  values?: {
    title?: string
    title_en?: string
    subtitle?: string
    description?: string
    description_en?: string
    temperature_class?: string
  }
}) {
  const [t, status, common] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    getTranslations({ locale, namespace: "coop" }),
  ])
  const optional = common("optional")
  return (
    <>
      <Field id="pf-title" name="title" label={t("titleZh")}>
        <input
          id="pf-title"
          name="title"
          required
          maxLength={200}
          defaultValue={values?.title}
          data-testid="coop-product-title"
        />
      </Field>
      <Field
        id="pf-title-en"
        name="title_en"
        label={t("titleEn")}
        optional={optional}
      >
        <input
          id="pf-title-en"
          name="title_en"
          lang="en"
          maxLength={200}
          defaultValue={values?.title_en}
        />
      </Field>
      <Field
        id="pf-subtitle"
        name="subtitle"
        label={t("subtitle")}
        optional={optional}
      >
        <input
          id="pf-subtitle"
          name="subtitle"
          maxLength={200}
          defaultValue={values?.subtitle}
        />
      </Field>
      <Field
        id="pf-description"
        name="description"
        label={t("description")}
        optional={optional}
      >
        <textarea
          id="pf-description"
          name="description"
          rows={4}
          maxLength={4000}
          defaultValue={values?.description}
        />
      </Field>
      <Field
        id="pf-description-en"
        name="description_en"
        label={t("descriptionEn")}
        optional={optional}
      >
        <textarea
          id="pf-description-en"
          name="description_en"
          lang="en"
          rows={3}
          maxLength={4000}
          defaultValue={values?.description_en}
        />
      </Field>
      <Field
        id="pf-temperature"
        name="temperature_class"
        label={t("temperature")}
        hint={t("temperatureHint")}
      >
        <select
          id="pf-temperature"
          name="temperature_class"
          defaultValue={values?.temperature_class ?? "ambient"}
          aria-describedby="pf-temperature-hint"
        >
          {TEMPERATURE_CLASSES.map((c) => (
            <option key={c} value={c}>
              {status(`temperature.${c}`)}
            </option>
          ))}
        </select>
      </Field>
    </>
  )
}

/** Radio buttons for draft or published; a co-op under review may only draft. */
export async function StatusChoice({
  locale,
  value,
  pending,
}: {
  locale: string
  value: string
  pending: boolean
}) {
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  return (
    <fieldset>
      <legend>{t("status")}</legend>
      <label className="option">
        <input
          type="radio"
          name="status"
          value="draft"
          defaultChecked={value !== "published"}
        />
        {t("statusDraft")}
      </label>
      <label className="option">
        <input
          type="radio"
          name="status"
          value="published"
          defaultChecked={value === "published"}
          disabled={pending}
          data-testid="coop-status-published"
        />
        {t("statusPublished")}
      </label>
      {pending ? <p className="muted">{t("pendingDraftOnly")}</p> : null}
    </fieldset>
  )
}

export default async function ProductCreateTemplate({
  locale,
  session,
}: {
  locale: string
  session: VendorSession
}) {
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: "coopProducts" }),
    errorMessages(locale),
  ])
  const pending = session.vendor.status === "pending_review"
  return (
    <div className={styles.narrow} data-testid="coop-product-new">
      <p>
        <Link href={href(locale, "/co-op/products")}>← {t("back")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      {pending ? (
        <p className={`${styles.callout} card`}>{t("pendingDraftOnly")}</p>
      ) : null}
      <CoopForm
        action={createProduct}
        submitLabel={t("create")}
        pendingLabel={t("creating")}
        errors={errors}
        testId="coop-product-create-form"
        submitTestId="coop-product-create"
      >
        <input type="hidden" name="locale" value={locale} />
        <fieldset>
          <legend>{t("detailsSection")}</legend>
          <ProductTextFields locale={locale} />
        </fieldset>
        <fieldset>
          <legend>{t("sizesSection")}</legend>
          <Field id="pf-option" name="option_title" label={t("optionTitle")}>
            <input
              id="pf-option"
              name="option_title"
              defaultValue="规格 / Size"
              maxLength={60}
            />
          </Field>
          <VariantRows
            withStock={!pending}
            labels={{
              size: t.raw("size") as string,
              sizeTitle: t("sizeTitle"),
              sizePlaceholder: t("sizePlaceholder"),
              sku: t("sku"),
              skuHint: t("skuHint"),
              price: t("price"),
              startStock: t("startStock"),
              addSize: t("addSize"),
              removeSize: t("removeSize"),
            }}
          />
        </fieldset>
        <StatusChoice locale={locale} value="draft" pending={pending} />
        <p className="muted">{t("nextSteps")}</p>
      </CoopForm>
    </div>
  )
}
