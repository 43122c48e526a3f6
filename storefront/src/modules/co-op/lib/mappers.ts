import {
  ORDER_STAGES,
  type ApiBrandAuthorization,
  type ApiCertification,
  type ApiGradeStandard,
  type ApiVariant,
  type ApiVendorOrder,
  type ApiVendorPickup,
  type ApiVendorProduct,
  type OrderStage,
  type ProductStatus,
  type VendorRole,
  type VendorStatus,
} from "../../../types/co-op"
import { unitSuffix } from "@lib/util/metrics"

/**
 * Pure mappings from the `/vendors/*` API shapes to what the co-op console
 * shows. No I/O, so they are unit-tested in __tests__/mappers.test.ts.
 */

export type StockView = {
  stocked: number
  reserved: number
  /** What shoppers can still buy: stocked minus reserved, never below 0. */
  available: number
}

/**
 * A variant's stock at the co-op's own location, or null when the variant
 * does not track inventory (or the co-op has no location yet).
 */
export function variantStock(
  variant: Pick<ApiVariant, "manage_inventory" | "inventory">,
  locationId: string | null | undefined
): StockView | null {
  if (variant.manage_inventory === false || !locationId) {
    return null
  }
  const levels = (variant.inventory ?? []).flatMap(
    (item) => item.location_levels ?? []
  )
  const level = levels.find((l) => l.location_id === locationId)
  const stocked = Number(level?.stocked_quantity ?? 0)
  const reserved = Number(level?.reserved_quantity ?? 0)
  return { stocked, reserved, available: Math.max(stocked - reserved, 0) }
}

/** The variant's price in yuan (co-ops sell in CNY only), or null. */
export function cnyPrice(variant: Pick<ApiVariant, "prices">): number | null {
  const price = (variant.prices ?? []).find(
    (p) => p.currency_code?.toLowerCase() === "cny"
  )
  return price ? Number(price.amount) : null
}

export type VariantRow = {
  id: string
  title: string
  sku: string | null
  price: number | null
  stock: StockView | null
  grade: { level: string; levelEn: string; standard: string | null } | null
}

export type ProductRow = {
  id: string
  title: string
  titleEn: string | null
  handle: string
  status: ProductStatus
  thumbnail: string | null
  temperatureClass: string
  variants: VariantRow[]
  priceMin: number | null
  priceMax: number | null
  /** Sum of available stock over tracked variants; null when none is tracked. */
  available: number | null
}

const text = (value: unknown) =>
  typeof value === "string" && value.trim() ? value.trim() : null

export function productRow(
  product: ApiVendorProduct,
  locationId: string | null | undefined
): ProductRow {
  const variants: VariantRow[] = (product.variants ?? []).map((v) => ({
    id: v.id,
    title: v.title,
    sku: v.sku ?? null,
    price: cnyPrice(v),
    stock: variantStock(v, locationId),
    grade: v.variant_grade?.level
      ? {
          level: v.variant_grade.level.name_zh,
          levelEn: v.variant_grade.level.name_en,
          standard: v.variant_grade.level.standard?.code ?? null,
        }
      : null,
  }))
  const prices = variants
    .map((v) => v.price)
    .filter((p): p is number => p !== null)
  const tracked = variants.filter((v) => v.stock)
  return {
    id: product.id,
    title: product.title,
    titleEn: text(product.metadata?.title_en),
    handle: product.handle,
    status: product.status,
    thumbnail: product.thumbnail ?? null,
    temperatureClass: text(product.metadata?.temperature_class) ?? "ambient",
    variants,
    priceMin: prices.length ? Math.min(...prices) : null,
    priceMax: prices.length ? Math.max(...prices) : null,
    available: tracked.length
      ? tracked.reduce((sum, v) => sum + v.stock!.available, 0)
      : null,
  }
}

/** The product's title in the console's language. */
export function productName(
  row: Pick<ProductRow, "title" | "titleEn">,
  locale: string
) {
  return locale === "en" && row.titleEn ? row.titleEn : row.title
}

/** The pickup point the customer chose for this order, or null (delivery). */
export function orderPickupPointId(
  order: Pick<ApiVendorOrder, "shipping_methods" | "pickup">
): string | null {
  if (order.pickup?.point?.id) {
    return order.pickup.point.id
  }
  for (const method of order.shipping_methods ?? []) {
    const id = method.data?.pickup_point_id
    if (typeof id === "string" && id) {
      return id
    }
  }
  return null
}

export type FulfillmentView = {
  id: string
  state: "packed" | "shipped" | "delivered" | "canceled"
  packedAt: string | null
  shippedAt: string | null
  deliveredAt: string | null
  tracking: string[]
  /** Delivery orders only: the next step the co-op itself takes. */
  next: "ship" | "deliver" | null
}

export type OrderActions = {
  delivery: "pickup" | "delivery"
  pickupPointId: string | null
  /** Lines not yet fulfilled, and the order is not canceled. */
  canFulfil: boolean
  fulfillments: FulfillmentView[]
}

/**
 * What the co-op can do with an order now. A pickup order is handed to the
 * point by fulfilling it (the point's staff receive and hand it over); a
 * delivery order is fulfilled, then shipped, then marked delivered.
 */
export function orderActions(order: ApiVendorOrder): OrderActions {
  const pickupPointId = orderPickupPointId(order)
  const delivery = pickupPointId ? "pickup" : "delivery"
  const open = order.status !== "canceled" && order.status !== "archived"
  const unfulfilled = (order.items ?? []).some(
    (item) => (item.detail?.fulfilled_quantity ?? 0) < item.quantity
  )
  const fulfillments: FulfillmentView[] = (order.fulfillments ?? []).map(
    (f) => {
      const state = f.canceled_at
        ? "canceled"
        : f.delivered_at
          ? "delivered"
          : f.shipped_at
            ? "shipped"
            : "packed"
      const next =
        delivery === "delivery" && open
          ? state === "packed"
            ? "ship"
            : state === "shipped"
              ? "deliver"
              : null
          : null
      return {
        id: f.id,
        state,
        packedAt: f.packed_at ?? null,
        shippedAt: f.shipped_at ?? null,
        deliveredAt: f.delivered_at ?? null,
        tracking: (f.labels ?? [])
          .map((l) => l.tracking_number ?? "")
          .filter(Boolean),
        next,
      }
    }
  )
  return {
    delivery,
    pickupPointId,
    canFulfil: open && unfulfilled,
    fulfillments,
  }
}

/**
 * The order's stage for its status chip: the API's `stage`, else derived
 * from Medusa's statuses for an older backend.
 */
export function orderStage(
  order: Pick<ApiVendorOrder, "stage" | "status" | "fulfillment_status">
): OrderStage {
  if (order.stage) return order.stage
  if (order.status === "canceled") return "canceled"
  switch (order.fulfillment_status) {
    case "fulfilled":
    case "partially_shipped":
      return "fulfilled"
    case "shipped":
    case "partially_delivered":
      return "shipped"
    case "delivered":
      return "delivered"
    default:
      return "to_fulfil"
  }
}

/** The stages named by `?status=` (one, a comma list, or repeated); unknown ones dropped. */
export function stageParam(value: string | string[] | undefined): OrderStage[] {
  const raw = (Array.isArray(value) ? value : [value ?? ""])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
  return ORDER_STAGES.filter((stage) => raw.includes(stage))
}

export type ParcelStep = {
  key:
    | "sent"
    | "eta"
    | "ready"
    | "deadline"
    | "pickedUp"
    | "overdue"
    | "returnsAt"
    | "returned"
  at: string
  /** A time still to come (expected, or a deadline), not an event. */
  expected: boolean
}

/**
 * The parcel's times as the order page lists them, in the order they
 * happen: sent to the point, expected there (until it arrives), arrived,
 * collect by, then picked up, or overdue and back to the co-op.
 */
export function parcelSteps(
  parcel: NonNullable<ApiVendorPickup["parcel"]>
): ParcelStep[] {
  const arrived = Boolean(parcel.ready_at)
  const done = Boolean(parcel.picked_up_at || parcel.returned_at)
  const steps: (ParcelStep | null)[] = [
    parcel.sent_at
      ? { key: "sent", at: parcel.sent_at, expected: false }
      : null,
    !arrived && parcel.eta
      ? { key: "eta", at: parcel.eta, expected: true }
      : null,
    parcel.ready_at
      ? { key: "ready", at: parcel.ready_at, expected: false }
      : null,
    parcel.deadline_at && !done
      ? { key: "deadline", at: parcel.deadline_at, expected: true }
      : null,
    parcel.overdue_at
      ? { key: "overdue", at: parcel.overdue_at, expected: false }
      : null,
    parcel.returns_at && !done
      ? { key: "returnsAt", at: parcel.returns_at, expected: true }
      : null,
    parcel.picked_up_at
      ? { key: "pickedUp", at: parcel.picked_up_at, expected: false }
      : null,
    parcel.returned_at
      ? { key: "returned", at: parcel.returned_at, expected: false }
      : null,
  ]
  return steps.filter((s): s is ParcelStep => s !== null)
}

/** One line per item: "奉节脐橙 2.5kg 尝鲜装 × 2". */
export function itemsSummary(order: Pick<ApiVendorOrder, "items">): string {
  return (order.items ?? [])
    .map(
      (i) => `${i.title}${i.subtitle ? ` ${i.subtitle}` : ""} × ${i.quantity}`
    )
    .join("，")
}

const time = (value: string) => new Date(value).getTime()

/** True while a claim's window contains `now` and it is not marked expired. */
export function isLive(
  claim: { valid_from: string; valid_to: string; status?: string },
  now: Date
) {
  return (
    claim.status !== "expired" &&
    time(claim.valid_from) <= now.getTime() &&
    now.getTime() <= time(claim.valid_to)
  )
}

/**
 * The brands the co-op may sell under now: one entry per brand that has a
 * live authorization (the API refuses the others).
 */
export function authorizedBrands(
  authorizations: ApiBrandAuthorization[],
  now: Date
): ApiBrandAuthorization["brand"][] {
  const brands = new Map<string, ApiBrandAuthorization["brand"]>()
  for (const a of authorizations) {
    if (isLive(a, now) && !brands.has(a.brand.handle)) {
      brands.set(a.brand.handle, a.brand)
    }
  }
  return [...brands.values()]
}

export type CertificateChoice = ApiCertification & {
  attached: boolean
  /** Why it cannot be attached now, or null when it can. */
  blocked: "expired" | "not_yet_valid" | "rejected" | null
}

/**
 * The certificates that may cover a product: the co-op's own and this
 * product's (a certificate of another product never applies), each marked
 * attached or not and why it cannot be attached.
 */
export function certificateChoices(
  certifications: ApiCertification[],
  product: Pick<ApiVendorProduct, "id" | "certifications">,
  now: Date
): CertificateChoice[] {
  const attached = new Set((product.certifications ?? []).map((c) => c.id))
  return certifications
    .filter(
      (c) =>
        c.subject_type !== "product" ||
        c.subject_id === product.id ||
        attached.has(c.id)
    )
    .map((c) => ({
      ...c,
      attached: attached.has(c.id),
      blocked:
        c.review_status === "rejected"
          ? "rejected"
          : c.status === "expired" || time(c.valid_to) < now.getTime()
            ? "expired"
            : time(c.valid_from) > now.getTime()
              ? "not_yet_valid"
              : null,
    }))
}

/** What each role may do in the console; the API enforces the same rules. */
export function permissions(role: VendorRole, status: VendorStatus) {
  const editor = role === "owner" || role === "manager"
  const selling = status === "active" || status === "suspended"
  return {
    editCatalogue: editor && status !== "rejected" && status !== "closed",
    createProducts:
      editor && (status === "active" || status === "pending_review"),
    setStock: selling,
    claim: editor,
    fulfil: selling,
    manageMembers: role === "owner",
  }
}

/** A bound as the standard writes it: "70 mm", "12%", "0.3 cm²". */
const bound = (value: number, unit: string) => `${value}${unitSuffix(unit)}`

/** A criterion's bound in symbols: "≥ 70 mm", "≤ 0.3 cm²", "70–95 mm". */
export function criterionRule(c: {
  min?: number | null
  max?: number | null
  unit: string
}) {
  const hasMin = typeof c.min === "number"
  const hasMax = typeof c.max === "number"
  if (hasMin && hasMax) {
    return `${c.min}–${bound(c.max!, c.unit)}`
  }
  if (hasMin) {
    return `≥ ${bound(c.min!, c.unit)}`
  }
  if (hasMax) {
    return `≤ ${bound(c.max!, c.unit)}`
  }
  return ""
}

/**
 * The code of the standard a variant's grade was declared against. Reads
 * carry the level's `standard_id` (a fourth relation would pass the fields
 * limit); the standards list names it.
 */
export function gradeStandardCode(
  level:
    | { standard_id?: string; standard?: { code: string } | null }
    | null
    | undefined,
  standards: Pick<ApiGradeStandard, "id" | "code">[]
): string | null {
  if (!level) {
    return null
  }
  return (
    level.standard?.code ??
    standards.find((s) => s.id === level.standard_id)?.code ??
    null
  )
}
