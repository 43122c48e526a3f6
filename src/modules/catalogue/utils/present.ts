import type {
  CatalogueCertification,
  CatalogueRow,
  CatalogueVariant,
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
 * authorization holds, certificates only while valid, prices in CNY. The
 * product page (`detail`) also gets the co-op's whole public card and what
 * each grade means (the standard, its criteria in words, the measured
 * values); a listing names the co-op and the grade only, which keeps a page
 * of 20 at about a third of the bytes (sending them is most of a cached
 * listing's cost).
 */
export function toStoreProduct(
  row: CatalogueRow,
  at: Date,
  { detail = false }: { detail?: boolean } = {}
) {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    title_en: row.title_en,
    thumbnail: row.thumbnail,
    ...(detail
      ? {
          images: row.images ?? [],
          description: row.description,
          description_en: row.description_en,
        }
      : {}),
    vendor: !row.vendor_id
      ? null
      : detail && row.vendor
        ? row.vendor
        : {
            id: row.vendor_id,
            handle: row.vendor_handle,
            name: row.vendor_name,
            name_en: row.vendor?.name_en ?? null,
          },
    temperature_class: row.temperature_class,
    brand:
      row.brand && brandClaimHolds(row.brand_windows, at) ? row.brand : null,
    certifications: validCertifications(row.certifications, at).map(
      ({ id, type, number, issuer, issuer_en, valid_to }) => ({
        id,
        type,
        number,
        issuer,
        issuer_en: issuer_en ?? null,
        valid_to,
      })
    ),
    region_codes: row.region_codes,
    grades: row.grades,
    currency_code: "cny",
    min_price: row.min_price,
    max_price: row.max_price,
    in_stock: row.in_stock,
    variants: detail ? row.variants : row.variants.map(listingVariant),
    created_at: row.product_created_at,
  }
}

/** A variant as a listing shows it: its grade named, not explained. */
const listingVariant = ({ grade, ...variant }: CatalogueVariant) => ({
  ...variant,
  grade: grade
    ? {
        level_code: grade.level_code,
        name_zh: grade.name_zh,
        name_en: grade.name_en,
        rank: grade.rank,
        standard_code: grade.standard_code,
      }
    : null,
})

export type StoreCatalogueProduct = ReturnType<typeof toStoreProduct>
