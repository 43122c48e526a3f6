import type {
  CatalogueCertification,
  CatalogueRow,
  CatalogueWindow,
} from "../types"

const t = (value: string | Date) => new Date(value).getTime()

/** Inclusive at both ends, as the origin module's certificate check. */
export const isValidAt = (from: string | Date, to: string | Date, at: Date) =>
  t(from) <= at.getTime() && at.getTime() <= t(to)

export const brandClaimHolds = (windows: CatalogueWindow[], at: Date) =>
  windows.some((w) => isValidAt(w.from, w.to, at))

export const validCertifications = (
  certifications: CatalogueCertification[],
  at: Date
) => certifications.filter((c) => isValidAt(c.valid_from, c.valid_to, at))

/**
 * A row as the store sees it at `at`: the brand only while the co-op's
 * authorization holds, certificates only while valid, prices in CNY.
 */
export function toStoreProduct(row: CatalogueRow, at: Date) {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    title_en: row.title_en,
    thumbnail: row.thumbnail,
    vendor: row.vendor_id
      ? { id: row.vendor_id, handle: row.vendor_handle, name: row.vendor_name }
      : null,
    brand:
      row.brand && brandClaimHolds(row.brand_windows, at) ? row.brand : null,
    certifications: validCertifications(row.certifications, at).map(
      ({ id, type, number, issuer, valid_to }) => ({
        id,
        type,
        number,
        issuer,
        valid_to,
      })
    ),
    region_codes: row.region_codes,
    grades: row.grades,
    currency_code: "cny",
    min_price: row.min_price,
    max_price: row.max_price,
    in_stock: row.in_stock,
    variants: row.variants,
    created_at: row.product_created_at,
  }
}

export type StoreCatalogueProduct = ReturnType<typeof toStoreProduct>
