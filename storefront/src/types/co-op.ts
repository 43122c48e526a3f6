/**
 * The shapes the co-op console reads from `/vendors/*` (docs/api.md, "Co-op
 * …" sections), narrowed to the fields the console uses.
 */

export type VendorRole = "owner" | "manager" | "staff"

export type VendorStatus =
  "pending_review" | "active" | "suspended" | "rejected" | "closed"

export type VendorSession = {
  vendor: {
    id: string
    handle: string
    name: string
    kind: string
    status: VendorStatus
    status_reason?: string | null
    region_code: string
    contact?: { name?: string; phone?: string; email?: string } | null
    stock_location?: { id: string; name?: string } | null
    created_at?: string
  }
  member: { id: string; role: VendorRole }
}

export type ApiPrice = { id?: string; amount: number; currency_code: string }

export type ApiLocationLevel = {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

export type ApiCriterion = {
  metric: string
  min?: number | null
  max?: number | null
  unit: string
  name_zh?: string
  name_en?: string
}

export type ApiVariantGrade = {
  id: string
  measured?: Record<string, number> | null
  level?: {
    id?: string
    code: string
    name_zh: string
    name_en: string
    rank?: number
    tolerance_pct?: number
    criteria?: ApiCriterion[]
    standard_id?: string
    standard?: { code: string; title_zh?: string; status?: string } | null
  } | null
}

export type ApiVariant = {
  id: string
  title: string
  sku?: string | null
  manage_inventory?: boolean
  prices?: ApiPrice[]
  inventory?: { id: string; location_levels?: ApiLocationLevel[] }[] | null
  variant_grade?: ApiVariantGrade | null
}

export type ProductStatus = "draft" | "proposed" | "published" | "rejected"

export type ApiVendorProduct = {
  id: string
  title: string
  subtitle?: string | null
  description?: string | null
  handle: string
  status: ProductStatus
  thumbnail?: string | null
  images?: { url: string; rank?: number | null }[] | null
  metadata?: Record<string, unknown> | null
  created_at?: string
  updated_at?: string
  options?: { id: string; title: string; values?: { value: string }[] }[]
  variants?: ApiVariant[]
  brand?: {
    id: string
    handle: string
    name_zh: string
    name_en?: string
  } | null
  certifications?: ApiCertification[]
}

export type ApiCertification = {
  id: string
  type: string
  number: string
  issuer: string
  subject_type?: "vendor" | "product"
  subject_id?: string
  valid_from: string
  valid_to: string
  evidence_url?: string
  status?: "valid" | "expiring" | "expired"
  review_status?: "pending" | "approved" | "rejected"
}

export type ApiBrandAuthorization = {
  id: string
  valid_from: string
  valid_to: string
  status?: "valid" | "expiring" | "expired"
  brand: {
    id: string
    handle: string
    name_zh: string
    name_en?: string
    type?: string
  }
}

export type ApiGradeStandard = {
  id: string
  code: string
  title_zh: string
  title_en: string
  product_kind: string
  verification?: string
  levels: {
    id: string
    code: string
    name_zh: string
    name_en: string
    rank: number
    tolerance_pct: number
    summary_zh?: string
    summary_en?: string
    criteria: ApiCriterion[]
  }[]
}

export type FulfillmentStatus =
  | "not_fulfilled"
  | "partially_fulfilled"
  | "fulfilled"
  | "partially_shipped"
  | "shipped"
  | "partially_delivered"
  | "delivered"
  | "canceled"

/** The console's stage of an order (`GET /vendors/orders?status=`). */
export type OrderStage =
  "to_fulfil" | "fulfilled" | "shipped" | "delivered" | "canceled"

export const ORDER_STAGES: OrderStage[] = [
  "to_fulfil",
  "fulfilled",
  "shipped",
  "delivered",
  "canceled",
]

export type ParcelStatus =
  | "awaiting_arrival"
  | "ready_for_pickup"
  | "picked_up"
  | "overdue"
  | "returned"
  | "cancelled"

/** An order's pickup as the co-op sees it: the point and the parcel, never its code. */
export type ApiVendorPickup = {
  point: Partial<ApiPickupPoint> & { id: string; status?: string }
  zone: string
  arrival_date: string | null
  parcel: {
    id: string
    status: ParcelStatus
    zone: string
    sent_at: string | null
    eta: string | null
    ready_at: string | null
    deadline_at: string | null
    picked_up_at: string | null
    overdue_at: string | null
    returns_at: string | null
    returned_at: string | null
  } | null
}

export type ApiVendorOrder = {
  id: string
  display_id: number
  status: string
  stage?: OrderStage
  /** Set for an order to a pickup point, null for home delivery. */
  pickup?: ApiVendorPickup | null
  email?: string | null
  currency_code: string
  created_at: string
  total: number
  subtotal?: number
  tax_total?: number
  shipping_total?: number
  fulfillment_status?: FulfillmentStatus | string
  /** The co-op's share as the checkout's one payment paid it (not Medusa's own). */
  payment_status?: string
  payment?: { status: string; orders_in_payment: number } | null
  items?: {
    id: string
    title: string
    subtitle?: string | null
    variant_sku?: string | null
    quantity: number
    unit_price: number
    total: number
    detail?: {
      fulfilled_quantity?: number
      shipped_quantity?: number
      delivered_quantity?: number
    } | null
  }[]
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    phone?: string | null
  } | null
  shipping_methods?: {
    id: string
    name: string
    amount: number
    data?: Record<string, unknown> | null
  }[]
  fulfillments?: {
    id: string
    packed_at?: string | null
    shipped_at?: string | null
    delivered_at?: string | null
    canceled_at?: string | null
    labels?: { tracking_number?: string | null }[]
  }[]
}

export type ApiPayoutLine = {
  id: string
  order_id: string
  currency_code: string
  gross: number
  commission: number
  net: number
  status: "pending" | "payable" | "paid" | "cancelled"
  delivered_at?: string | null
  payable_after?: string | null
  paid_at?: string | null
  created_at: string
}

export type PayoutTotals = { pending: number; payable: number; paid: number }

export type ApiVendorMember = {
  id: string
  email: string
  name: string
  role: VendorRole
  status: "invited" | "active"
  created_at?: string
}

export type ApiPickupPoint = {
  id: string
  handle?: string
  name_zh: string
  name_en?: string | null
  address_zh?: string
  address_en?: string | null
  contact_phone?: string | null
  opening_hours?: { days: number[]; open: string; close: string }[]
}

/** What a console action answers `useActionState`: a message or field codes. */
export type CoopActionState = {
  error: string | null
  ok?: boolean
  /** field name → error code (translated by the form) or the API's sentence. */
  fields?: Record<string, string>
}
