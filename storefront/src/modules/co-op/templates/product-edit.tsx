import Link from "next/link"
import { getTranslations } from "next-intl/server"
import {
  authorizedBrands,
  certificateChoices,
  permissions,
  productName,
  productRow,
} from "@modules/co-op/lib/mappers"
import { deleteProduct } from "@lib/data/vendor-product-actions"
import {
  listBrandAuthorizations,
  listCertifications,
  listGradeStandards,
} from "@lib/data/vendor-products"
import type { ApiVendorProduct, VendorSession } from "../../../types/co-op"
import { href, productHref } from "@lib/util/href"
import CoopForm from "../components/coop-form"
import ProductSaveForm from "../components/product-save-form"
import StatusChip from "../components/status-chip"
import { errorMessages } from "./i18n"
import { CertificatesSection } from "./product-edit-sections/certificates"
import { BrandSection, GradeSection } from "./product-edit-sections/claims"
import {
  DetailsSection,
  meta,
  PricesSection,
} from "./product-edit-sections/details"
import { PhotosSection } from "./product-edit-sections/photos"
import {
  EditSection,
  ProductIds,
  type SectionProps,
} from "./product-edit-sections/shared"
import { SizesSection } from "./product-edit-sections/sizes"
import { StockSection } from "./product-edit-sections/stock"
import styles from "../console.module.css"

/**
 * What the one form shows in the fields the member may change, by field
 * name: the save (co-op/lib/product-edit.ts) sends only the parts whose
 * fields differ from these.
 */
function initialValues({
  product,
  row,
  can,
  withStock,
  withBrand,
}: Pick<SectionProps, "product" | "row" | "can"> & {
  withStock: boolean
  withBrand: boolean
}) {
  const values: Record<string, string> = {}
  if (can.editCatalogue) {
    Object.assign(values, {
      title: product.title,
      title_en: meta(product, "title_en") ?? "",
      subtitle: product.subtitle ?? "",
      description: product.description ?? "",
      description_en: meta(product, "description_en") ?? "",
      temperature_class: row.temperatureClass,
    })
    if (product.status === "draft" || product.status === "published") {
      values.status = product.status
    }
    for (const v of row.variants) {
      values[`title_${v.id}`] = v.title
      values[`price_${v.id}`] = String(v.price ?? "")
    }
  }
  if (withStock) {
    for (const v of row.variants) {
      if (v.stock) values[`stock_${v.id}`] = String(v.stock.stocked)
    }
  }
  if (withBrand) {
    values.brand_handle = product.brand?.handle ?? ""
  }
  return values
}

/**
 * A co-op's product: its sections (./product-edit-sections) behind a row
 * of links. What the member may change of the product and its sizes
 * (details, prices, stock, brand) is one form with one save
 * (ProductSaveForm); photos, sizes, grades, certificates and deletion keep
 * their own forms. A member who may only read sees summaries.
 */
export default async function ProductEditTemplate({
  locale,
  session,
  product,
  created,
  saved,
}: {
  locale: string
  session: VendorSession
  product: ApiVendorProduct
  created: boolean
  /** `?saved=` after a save posted without JavaScript: "1" or "0". */
  saved?: string
}) {
  const vendorId = session.vendor.id
  const can = permissions(session.member.role, session.vendor.status)
  const [t, common, errors, standards, authorizations, certifications] =
    await Promise.all([
      getTranslations({ locale, namespace: "coopProducts" }),
      getTranslations({ locale, namespace: "coop" }),
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
  const props: SectionProps = { locale, product, row, can, errors }
  const withStock =
    can.setStock && Boolean(locationId) && row.variants.some((v) => v.stock)
  const withBrand = can.claim && Boolean(brands.length || product.brand)
  const editable = can.editCatalogue || withStock || withBrand
  const sections = [
    ["details", t("detailsSection")],
    ["prices", t("pricesSection")],
    ["stock", t("stockSection")],
    ["brand", t("brandSection")],
    ["photos", t("photosSection")],
    ...(can.editCatalogue ? [["sizes", t("sizesManageSection")]] : []),
    ["grade", t("gradeSection")],
    ["certs", t("certSection")],
  ]
  const fields = (
    <>
      <DetailsSection {...props} pending={pending} />
      <PricesSection {...props} />
      <StockSection
        {...props}
        location={session.vendor.stock_location ?? undefined}
      />
      <BrandSection {...props} brands={brands} />
    </>
  )
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
          <Link href={productHref(locale, product.handle)}>
            {t("viewInShop")}
          </Link>
        </p>
      ) : null}
      {created ? (
        <p className="ok card" role="status" data-testid="coop-product-created">
          {t("created")}
        </p>
      ) : null}
      {saved === "1" || saved === "0" ? (
        <p className={`${saved === "1" ? "ok" : "error"} card`} role="status">
          {saved === "1" ? common("saved") : t("saveRefusedNoScript")}
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

      {editable ? (
        <ProductSaveForm
          errors={errors}
          sizes={Object.fromEntries(row.variants.map((v) => [v.id, v.title]))}
          labels={{
            save: t("saveAll"),
            saving: common("saving"),
            saved: common("saved"),
            unchanged: t("saveUnchanged"),
            savedParts: t.raw("saveSavedParts") as string,
            unsavedParts: t.raw("saveUnsavedParts") as string,
            nothingSaved: t("saveNothingSaved"),
            failed: t("saveFailed"),
            separator: t("saveSeparator"),
            parts: {
              details: t("detailsSection"),
              prices: t("pricesSection"),
              brand: t("brandSection"),
              stock: t.raw("saveStockOf") as string,
            },
          }}
        >
          <ProductIds locale={locale} productId={product.id} />
          <input
            type="hidden"
            name="initial"
            value={JSON.stringify(
              initialValues({ product, row, can, withStock, withBrand })
            )}
          />
          {fields}
        </ProductSaveForm>
      ) : (
        fields
      )}
      <PhotosSection {...props} />
      {can.editCatalogue ? (
        <SizesSection {...props} locationId={locationId} />
      ) : null}
      <GradeSection {...props} standards={standards} />
      <CertificatesSection {...props} choices={choices} />

      {can.editCatalogue ? (
        <EditSection
          id="delete"
          title={t("deleteSection")}
          className={styles.danger}
        >
          <p className="muted">{t("deleteIntro")}</p>
          <CoopForm
            action={deleteProduct}
            submitLabel={t("delete")}
            pendingLabel={t("deleting")}
            errors={errors}
            submitClassName={styles.dangerButton}
            testId="coop-delete-form"
          >
            <ProductIds locale={locale} productId={product.id} />
            <label className="option">
              <input type="checkbox" name="confirm" value="yes" required />
              {t("confirmDelete")}
            </label>
          </CoopForm>
        </EditSection>
      ) : null}
    </article>
  )
}
