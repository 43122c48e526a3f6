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
  valid_to: string
}

export type BrandRef = {
  id: string
  handle: string
  type: string
  name_zh: string
  name_en: string
}

export type CatalogueProduct = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  vendor: { id: string; handle: string | null; name: string | null } | null
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
  temperature_class?: string | null
}

export type FacetValue = {
  value: string
  label_zh: string | null
  label_en: string | null
  count: number
}

export type Facets = Record<
  "grade" | "brand" | "region" | "certification",
  FacetValue[]
>

export type CatalogueFilters = {
  q?: string
  grade?: string[]
  brand?: string[]
  region?: string[]
  certification?: string[]
  vendor?: string[]
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

export type Region = { code: string; name: string; name_en: string }

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
}
