import fs from "node:fs"
import path from "node:path"

/**
 * Demo data lives as human-editable JSON under `data/demo/`. The seed reads it
 * from the project root so the same files serve the source tree and a build.
 */
export const DEMO_DATA_DIR = path.resolve(process.cwd(), "data", "demo")

export function readDemoFile<T>(name: string): T {
  const file = path.join(DEMO_DATA_DIR, name)
  return JSON.parse(fs.readFileSync(file, "utf8")) as T
}

export type DemoStore = {
  store: { name: string; default_currency_code: string }
  region: {
    name: string
    name_en: string
    currency_code: string
    countries: string[]
    is_tax_inclusive: boolean
  }
  tax_region: {
    country_code: string
    provider_id: string
    default_rate: { code: string; name: string; rate: number }
  }
  sales_channel: { name: string; description: string }
  publishable_key: { title: string }
  stock_location: {
    name: string
    name_en: string
    address: {
      address_1: string
      city: string
      province: string
      country_code: string
      postal_code: string
    }
    region_code: string
    lat: number
    lng: number
  }
  shipping_profile: { name: string; type: string }
  fulfillment_set: {
    name: string
    type: string
    service_zone: string
    country_code: string
  }
  shipping_options: {
    name: string
    code: string
    description: string
    amount: number
  }[]
}

export type DemoProduct = {
  handle: string
  /** Handle of the selling co-op in vendors.json; none means platform-owned. */
  vendor?: string
  title: string
  title_en: string
  subtitle: string
  description: string
  description_en: string
  origin_region_code: string
  /** Handle of a leaf category in categories.json. */
  category?: string
  temperature_class: "ambient" | "chilled" | "frozen"
  /** Picture paths on the storefront, in order; the first is the thumbnail. */
  images?: string[]
  weight_option: string
  variants: {
    title: string
    title_en?: string
    sku: string
    weight: number
    price: number
    stock: number
  }[]
}

export type DemoUser = {
  email: string
  password: string
  first_name: string
  last_name: string
  phone?: string
}

export type DemoUsers = {
  admin: DemoUser
  customer: DemoUser
  /** An active demo co-op's owner; printed by `npm start`. */
  vendor?: { email: string; password: string }
  /** Manager of the demo pickup point `point_handle` (解放碑). */
  pickup?: {
    email: string
    password: string
    name: string
    phone?: string
    point_handle: string
  }
}

export type DemoVendor = {
  handle: string
  name: string
  /** The co-op's English name, kept in its metadata. */
  name_en?: string
  kind: "cooperative" | "family_farm" | "enterprise"
  /** `active` co-ops are approved by the seed; others stay as registered. */
  status: "active" | "pending_review"
  region_code: string
  credit_code: string
  contact: { name: string; phone: string; email?: string }
  address?: {
    address_1: string
    city?: string
    district?: string
    postal_code?: string
  }
  description_zh?: string
  description_en?: string
  owner: { email: string; name: string; password: string }
}

/** A seeded co-op's ids that its products need. */
export type VendorSetup = {
  vendorId: string
  shippingProfileId: string | null
  stockLocationId: string | null
}

/** What one seed section hands to the next. */
export type StoreSetup = {
  storeId: string
  regionId: string
  salesChannelId: string
  publishableKey: string
  stockLocationId: string
  shippingProfileId: string
}

/** A demo category in `data/demo/categories.json`, with its subcategories. */
export type DemoCategory = {
  handle: string
  name: string
  name_en: string
  children?: DemoCategory[]
}
