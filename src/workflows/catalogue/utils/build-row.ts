import { describeLevel } from "../../../modules/grading/utils/criteria"
import type {
  CatalogueRow,
  CatalogueVariant,
  CatalogueVariantGrade,
} from "../../../modules/catalogue/types"
import { temperatureClassOf } from "../../pickup-checkout/utils/rules"

/** The product fields a catalogue row is built from (query.graph paths). */
export const CATALOGUE_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "thumbnail",
  "description",
  "images.url",
  "images.rank",
  "metadata",
  "created_at",
  "categories.id",
  "categories.handle",
  "categories.parent_category.id",
  "categories.parent_category.handle",
  "categories.parent_category.parent_category.id",
  "categories.parent_category.parent_category.handle",
  "sales_channels.id",
  "vendor.id",
  "vendor.handle",
  "vendor.name",
  "vendor.status",
  "vendor.region_code",
  "vendor.kind",
  "vendor.description_zh",
  "vendor.description_en",
  "vendor.logo",
  "vendor.metadata",
  "brand.id",
  "brand.handle",
  "brand.type",
  "brand.name_zh",
  "brand.name_en",
  "brand.region_codes",
  "brand.authorizations.vendor_id",
  "brand.authorizations.valid_from",
  "brand.authorizations.valid_to",
  // A star, so review_status is read where the origin module has it.
  "certifications.*",
  "variants.id",
  "variants.title",
  "variants.metadata",
  "variants.sku",
  "variants.variant_rank",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "variants.variant_grade.measured",
  "variants.variant_grade.level.code",
  "variants.variant_grade.level.name_zh",
  "variants.variant_grade.level.name_en",
  "variants.variant_grade.level.rank",
  "variants.variant_grade.level.criteria",
  "variants.variant_grade.level.standard.code",
  "variants.variant_grade.level.standard.title_zh",
  "variants.variant_grade.level.standard.title_en",
]

type Dated = { valid_from: string | Date; valid_to: string | Date }
type Level = {
  location_levels?: { stocked_quantity: number; reserved_quantity: number }[]
}
type GraphVariant = {
  id: string
  title: string
  sku?: string | null
  variant_rank?: number | null
  metadata?: Record<string, unknown> | null
  manage_inventory?: boolean
  allow_backorder?: boolean
  prices?: {
    amount: number | string
    currency_code: string
    price_list_id?: string | null
    rules_count?: number | null
  }[]
  inventory_items?: { required_quantity?: number; inventory?: Level | null }[]
  variant_grade?: {
    measured?: Record<string, number> | null
    level?: {
      code: string
      name_zh: string
      name_en: string
      rank: number
      criteria: any[]
      standard?: { code: string; title_zh: string; title_en: string } | null
    } | null
  } | null
}

type GraphCategory = {
  id: string
  handle: string
  parent_category?: GraphCategory | null
}

/** A product as query.graph returns it with CATALOGUE_PRODUCT_FIELDS. */
export type GraphProduct = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail?: string | null
  description?: string | null
  images?: { url: string; rank?: number | null }[] | null
  metadata?: Record<string, unknown> | null
  created_at: string | Date
  categories?: GraphCategory[] | null
  sales_channels?: { id: string }[] | null
  vendor?: {
    id: string
    handle: string
    name: string
    status: string
    region_code: string
    kind?: string | null
    description_zh?: string | null
    description_en?: string | null
    logo?: string | null
    metadata?: Record<string, unknown> | null
  } | null
  brand?: {
    id: string
    handle: string
    type: string
    name_zh: string
    name_en: string
    region_codes?: string[] | null
    authorizations?: ({ vendor_id: string } & Dated)[] | null
  } | null
  certifications?:
    | ({
        id: string
        type: string
        number: string
        issuer: string
        issuer_en?: string | null
        review_status?: string | null
      } & Dated)[]
    | null
  variants?: GraphVariant[] | null
}

const iso = (value: string | Date) => new Date(value).toISOString()
const uniq = <T>(values: T[]) => [...new Set(values)]
const text = (value: unknown) =>
  typeof value === "string" && value ? value : null

/**
 * The product's categories and their parents, so filtering by 水果 finds a
 * product filed under 柑橘橙柚 (CATALOGUE_PRODUCT_FIELDS reads two levels up).
 */
export function withParentCategories(
  categories: GraphCategory[]
): { id: string; handle: string }[] {
  const out = new Map<string, { id: string; handle: string }>()
  for (const category of categories) {
    let current: GraphCategory | null | undefined = category
    while (current?.id && !out.has(current.id)) {
      out.set(current.id, { id: current.id, handle: current.handle })
      current = current.parent_category
    }
  }
  return [...out.values()]
}

/** A code and all its ancestors, through `parents` (code → parent code). */
export function withAncestors(
  codes: string[],
  parents: Map<string, string | null>
): string[] {
  const out: string[] = []
  for (const code of codes) {
    let current: string | null | undefined = code
    const seen = new Set<string>()
    while (current && !seen.has(current)) {
      seen.add(current)
      out.push(current)
      current = parents.get(current)
    }
  }
  return uniq(out)
}

/** The variant's CNY base price: no price list, no rules, the lowest. */
export function cnyPrice(variant: GraphVariant): number | null {
  const amounts = (variant.prices ?? [])
    .filter(
      (p) =>
        p.currency_code?.toLowerCase() === "cny" &&
        !p.price_list_id &&
        !p.rules_count
    )
    .map((p) => Number(p.amount))
  return amounts.length ? Math.min(...amounts) : null
}

/** Sellable now: unmanaged, backorderable, or enough unreserved stock. */
export function variantInStock(variant: GraphVariant): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder) {
    return true
  }
  const items = variant.inventory_items ?? []
  if (!items.length) {
    return false
  }
  return items.every((item) => {
    const available = (item.inventory?.location_levels ?? []).reduce(
      (sum, l) =>
        sum + Number(l.stocked_quantity) - Number(l.reserved_quantity),
      0
    )
    return available >= (item.required_quantity ?? 1)
  })
}

function variantGrade(variant: GraphVariant): CatalogueVariantGrade | null {
  const level = variant.variant_grade?.level
  if (!level) {
    return null
  }
  const definition = { ...level, tolerance_pct: 0 }
  return {
    level_code: level.code,
    name_zh: level.name_zh,
    name_en: level.name_en,
    rank: level.rank,
    standard_code: level.standard?.code ?? "",
    standard_title_zh: level.standard?.title_zh ?? "",
    standard_title_en: level.standard?.title_en ?? "",
    summary_zh: describeLevel(definition, "zh"),
    summary_en: describeLevel(definition, "en"),
    measured: variant.variant_grade?.measured ?? {},
  }
}

/**
 * The catalogue row of a product, or null when the store must not list it
 * (not published). Region: the product's `metadata.origin_region_code`, else
 * its co-op's; the brand's regions are kept apart because they count only
 * while the brand claim holds.
 */
export function buildCatalogueRow(
  product: GraphProduct,
  parents: Map<string, string | null>
): CatalogueRow | null {
  if (product.status !== "published") {
    return null
  }
  const vendor = product.vendor ?? null
  const brand = product.brand ?? null
  const metaRegion = product.metadata?.origin_region_code
  const origin =
    typeof metaRegion === "string" && metaRegion
      ? metaRegion
      : vendor?.region_code
  const variants: CatalogueVariant[] = [...(product.variants ?? [])]
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    .map((v) => ({
      id: v.id,
      title: v.title,
      title_en: text(v.metadata?.title_en),
      sku: v.sku ?? null,
      price: cnyPrice(v),
      in_stock: variantInStock(v),
      grade: variantGrade(v),
    }))
  const prices = variants
    .map((v) => v.price)
    .filter((p): p is number => p !== null)
  const grades = uniq(
    variants
      .filter((v) => v.grade)
      .map((v) =>
        JSON.stringify({
          code: v.grade!.level_code,
          name_zh: v.grade!.name_zh,
          name_en: v.grade!.name_en,
          rank: v.grade!.rank,
        })
      )
  ).map((g) => JSON.parse(g))
  const titleEn = product.metadata?.title_en
  const categories = withParentCategories(product.categories ?? [])
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: typeof titleEn === "string" ? titleEn : null,
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    images: [...(product.images ?? [])]
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => ({ url: image.url })),
    description: product.description ?? null,
    description_en:
      typeof product.metadata?.description_en === "string"
        ? product.metadata.description_en
        : null,
    vendor_id: vendor?.id ?? null,
    vendor_handle: vendor?.handle ?? null,
    vendor_name: vendor?.name ?? null,
    vendor_status: vendor?.status ?? null,
    vendor: vendor
      ? {
          id: vendor.id,
          handle: vendor.handle,
          name: vendor.name,
          name_en: text(vendor.metadata?.name_en),
          kind: vendor.kind ?? null,
          region_code: vendor.region_code ?? null,
          description_zh: vendor.description_zh ?? null,
          description_en: vendor.description_en ?? null,
          logo: vendor.logo ?? null,
        }
      : null,
    // As checkout reads it, so the page promises the zone checkout needs.
    temperature_class: temperatureClassOf(product.metadata),
    brand_id: brand?.id ?? null,
    brand_handle: brand?.handle ?? null,
    brand: brand
      ? {
          id: brand.id,
          handle: brand.handle,
          type: brand.type,
          name_zh: brand.name_zh,
          name_en: brand.name_en,
        }
      : null,
    // Only the product's own co-op's authorizations make the claim hold.
    brand_windows: (brand?.authorizations ?? [])
      .filter((a) => vendor && a.vendor_id === vendor.id)
      .map((a) => ({ from: iso(a.valid_from), to: iso(a.valid_to) })),
    brand_region_codes: withAncestors(brand?.region_codes ?? [], parents),
    region_codes: withAncestors(origin ? [origin] : [], parents),
    category_ids: categories.map((c) => c.id),
    category_handles: categories.map((c) => c.handle),
    sales_channel_ids: (product.sales_channels ?? []).map((s) => s.id),
    grade_codes: uniq(
      variants.flatMap((v) => (v.grade ? [v.grade.level_code] : []))
    ),
    grade_standard_codes: uniq(
      variants.flatMap((v) => (v.grade ? [v.grade.standard_code] : []))
    ),
    grades,
    // A co-op's own submission shows only once an operator approved it.
    certifications: (product.certifications ?? [])
      .filter((c) => c && (c.review_status ?? "approved") === "approved")
      .map((c) => ({
        id: c.id,
        type: c.type,
        number: c.number,
        issuer: c.issuer,
        issuer_en: c.issuer_en ?? null,
        valid_from: iso(c.valid_from),
        valid_to: iso(c.valid_to),
      })),
    min_price: prices.length ? Math.min(...prices) : null,
    max_price: prices.length ? Math.max(...prices) : null,
    in_stock: variants.some((v) => v.in_stock),
    variants,
    search_text: [
      product.title,
      titleEn,
      product.handle,
      vendor?.name,
      brand?.name_zh,
      brand?.name_en,
    ]
      .filter((s) => typeof s === "string" && s)
      .join(" ")
      .toLowerCase(),
    product_created_at: iso(product.created_at),
  }
}
