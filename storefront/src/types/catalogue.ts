/** Shapes of /store/catalogue, /store/origin-brands and /store/pickup-points. */
export type Grade = {
  level_code: string
  name_zh: string
  name_en: string
  rank: number
  standard_code: string
  standard_title_zh: string
  standard_title_en: string
  summary_zh: string
  summary_en: string
  measured: Record<string, number>
}

export type CatalogueVariant = {
  id: string
  title: string
  /** English name (the variant's metadata.title_en), null when unset. */
  title_en?: string | null
  sku: string | null
  price: number | null
  in_stock: boolean
  grade: Grade | null
}

export type Certification = {
  id: string
  type: string
  number: string
  issuer: string
  /** The issuer's English name, when the certificate carries one. */
  issuer_en?: string | null
  valid_to: string
}

export type BrandRef = {
  id: string
  handle: string
  type: string
  name_zh: string
  name_en: string
}

/** The pickup compartment a product needs. */
export type TemperatureClass = "ambient" | "chilled" | "frozen"

/** The co-op on a listing card. */
export type VendorRef = {
  id: string
  handle: string | null
  name: string | null
  name_en?: string | null
}

/** The co-op's public card, as GET /store/catalogue/:handle gives it. */
export type VendorCard = {
  id: string
  handle: string
  name: string
  name_en?: string | null
  kind: "cooperative" | "family_farm" | "enterprise" | string | null
  region_code: string | null
  description_zh: string | null
  description_en: string | null
  logo: string | null
}

export type CatalogueProduct = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  vendor: VendorRef | null
  brand: BrandRef | null
  certifications: Certification[]
  region_codes: string[]
  grades: { code: string; name_zh: string; name_en: string; rank: number }[]
  currency_code: string
  min_price: number | null
  max_price: number | null
  in_stock: boolean
  variants: CatalogueVariant[]
  created_at: string
  temperature_class: TemperatureClass
}

/** One product as the product page reads it: the co-op's whole card. */
export type CatalogueProductDetail = Omit<CatalogueProduct, "vendor"> & {
  vendor: VendorCard | null
  /** The co-op's photos in order; the first is the product's main photo. */
  images?: { url: string }[]
  description?: string | null
  description_en?: string | null
}

export type FacetValue = {
  value: string
  label_zh: string | null
  label_en: string | null
  count: number
}

export type Facets = Record<
  "category" | "grade" | "brand" | "region" | "certification",
  FacetValue[]
>

export type CatalogueFilters = {
  q?: string
  grade?: string[]
  brand?: string[]
  region?: string[]
  certification?: string[]
  vendor?: string[]
  category?: string[]
  sort?: "newest" | "price_asc" | "price_desc" | "title"
  limit?: number
  offset?: number
}

export type CataloguePage = {
  products: CatalogueProduct[]
  count: number
  offset: number
  limit: number
  facets?: Facets
}

export type Region = { code: string; name_zh: string; name_en: string }

export type OriginBrand = BrandRef & {
  gi_number: string | null
  holder: string | null
  harvest_months: number[] | null
  region_codes: string[]
  regions?: Region[]
  product_count?: number
  story_zh?: string | null
  story_en?: string | null
}

export type Vendor = {
  id: string
  handle: string
  name: string
  /** The co-op's English name (from its metadata.name_en), when known. */
  name_en?: string | null
  metadata?: Record<string, unknown> | null
  kind?: string | null
  region_code?: string | null
  region?: Region | null
  credit_code?: string | null
  description_zh?: string | null
  description_en?: string | null
  logo?: string | null
}

export type OpeningHours = { days: number[]; open: string; close: string }[]

export type PickupPoint = {
  id: string
  handle?: string
  name_zh: string
  name_en: string
  type: "community_store" | "property_office" | "locker" | "station"
  address_zh: string
  address_en?: string | null
  district_code?: string
  opening_hours: OpeningHours
  distance_m?: number | null
  zones?: { zone: string; compartments: number; available?: number }[]
  /** Whether it can take a parcel on the arrival day (in the asked zone). */
  available?: boolean
  free_storage_hours?: number | null
}
