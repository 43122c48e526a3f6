import Link from "next/link"
import { getTranslations } from "next-intl/server"
import {
  authorizedBrands,
  certificateChoices,
  permissions,
  productName,
  productRow,
} from "@lib/data/vendor-mappers"
import { deleteProduct } from "@lib/data/vendor-product-actions"
import {
  listBrandAuthorizations,
  listCertifications,
  listGradeStandards,
} from "@lib/data/vendor-products"
import type { ApiVendorProduct, VendorSession } from "@lib/data/vendor-types"
import { href, productHref } from "@lib/util/href"
import CoopForm from "../components/coop-form"
import StatusChip from "../components/status-chip"
import { errorMessages } from "./i18n"
import { CertificatesSection } from "./product-edit-sections/certificates"
import { BrandSection, GradeSection } from "./product-edit-sections/claims"
import { DetailsSection, PricesSection } from "./product-edit-sections/details"
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
 * A co-op's product: its sections (./product-edit-sections) behind a row
 * of links, each section a form where the member may change it and a
 * summary where they may only read it.
 */
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
  const [t, errors, standards, authorizations, certifications] =
    await Promise.all([
      getTranslations({ locale, namespace: "coopProducts" }),
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
  const sections = [
    ["details", t("detailsSection")],
    ["photos", t("photosSection")],
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

      <DetailsSection {...props} pending={pending} />
      <PhotosSection {...props} />
      <PricesSection {...props} />
      {can.editCatalogue ? (
        <SizesSection {...props} locationId={locationId} />
      ) : null}
      <StockSection
        {...props}
        location={session.vendor.stock_location ?? undefined}
      />
      <GradeSection {...props} standards={standards} />
      <BrandSection {...props} brands={brands} />
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
