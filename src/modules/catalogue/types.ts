export type CatalogueSort = "newest" | "price_asc" | "price_desc" | "title"

/** Filters of a store listing; several values of one filter mean "any of". */
export type CatalogueFilters = {
  q?: string
  category?: string[]
  vendor?: string[]
  grade?: string[]
  grade_standard?: string[]
  brand?: string[]
  region?: string[]
  certification?: string[]
  /** The publishable key's sales channels; unset means all. */
  sales_channel_ids?: string[]
  /** Restrict to these product ids (used by /store/products filters). */
  ids?: string[]
}

/** `category` values are handles; a product counts in its categories' parents too. */
export type CatalogueFacetName =
  "category" | "grade" | "brand" | "region" | "certification"

export type CatalogueFacetValue = {
  value: string
  label_zh: string | null
  label_en: string | null
  count: number
}

export type CatalogueFacets = Record<CatalogueFacetName, CatalogueFacetValue[]>

export type CatalogueWindow = { from: string; to: string }

export type CatalogueCertification = {
  id: string
  type: string
  number: string
  issuer: string
  issuer_en?: string | null
  valid_from: string
  valid_to: string
}

export type CatalogueVariantGrade = {
  level_code: string
  name_zh: string
  name_en: string
  rank: number
  standard_code: string
  standard_title_zh: string
  standard_title_en: string
  /** The level's criteria in plain words. */
  summary_zh: string
  summary_en: string
  measured: Record<string, number>
}

export type CatalogueVariant = {
  id: string
  title: string
  /** English name, from the variant's metadata.title_en. */
  title_en?: string | null
  sku: string | null
  /** CNY, major units; null when the variant has no CNY price. */
  price: number | null
  in_stock: boolean
  grade: CatalogueVariantGrade | null
}

export type TemperatureClass = "ambient" | "chilled" | "frozen"

/** The public fields of a product's co-op, as the product page shows them. */
export type CatalogueVendorCard = {
  id: string
  handle: string
  name: string
  /** English name, from the co-op's metadata.name_en. */
  name_en?: string | null
  kind: string | null
  region_code: string | null
  description_zh: string | null
  description_en: string | null
  logo: string | null
}

/** One catalogue_product row, as written by the refresh workflow. */
export type CatalogueRow = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  images: { url: string }[]
  description: string | null
  description_en: string | null
  vendor_id: string | null
  vendor_handle: string | null
  vendor_name: string | null
  vendor_status: string | null
  vendor: CatalogueVendorCard | null
  temperature_class: TemperatureClass
  brand_id: string | null
  brand_handle: string | null
  brand: {
    id: string
    handle: string
    type: string
    name_zh: string
    name_en: string
  } | null
  brand_windows: CatalogueWindow[]
  brand_region_codes: string[]
  region_codes: string[]
  category_ids: string[]
  category_handles: string[]
  sales_channel_ids: string[]
  grade_codes: string[]
  grade_standard_codes: string[]
  grades: { code: string; name_zh: string; name_en: string; rank: number }[]
  certifications: CatalogueCertification[]
  min_price: number | null
  max_price: number | null
  in_stock: boolean
  variants: CatalogueVariant[]
  search_text: string
  product_created_at: Date | string
}

/** A product whose row a refresh could not build or write, and why. */
export type CatalogueRowFailure = { id: string; message: string }

/** An id whose rows need a refresh, under its refresh input key. */
export type CatalogueStaleEntry = { kind: string; ref_id: string }

/** Marked ids read for a refresh, with the time they were read at. */
export type CatalogueStaleBatch = {
  cutoff: string
  entries: (CatalogueStaleEntry & { id: string })[]
}
