import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ORDER_PICKUP_FIELDS,
  pickupOfOrder,
} from "../../../workflows/pickup/utils/parcel-order"

const HOUR = 3600 * 1000

/**
 * The parcel columns a co-op reads. Never `code_hash` or `code_nonce` (nor
 * the code derived from them), and not the compartment or the handover
 * attempts: the co-op follows its parcel, it does not hand it over.
 */
const PARCEL_FIELDS = [
  "id",
  "order_id",
  "point_id",
  "zone",
  "status",
  "eta",
  "ready_at",
  "deadline_at",
  "picked_up_at",
  "overdue_at",
  "returned_at",
  "created_at",
]

const POINT_FIELDS = [
  "id",
  "handle",
  "name_zh",
  "name_en",
  "type",
  "address_zh",
  "address_en",
  "opening_hours",
  "contact_phone",
  "status",
  "overdue_grace_hours",
]

type Row = Record<string, any>

export type VendorParcelView = {
  id: string
  status: string
  zone: string
  /** When the co-op fulfilled the order to the point. */
  sent_at: string | Date | null
  eta: string | Date | null
  ready_at: string | Date | null
  deadline_at: string | Date | null
  picked_up_at: string | Date | null
  overdue_at: string | Date | null
  /** An overdue parcel goes back to the co-op at this time unless collected. */
  returns_at: string | null
  returned_at: string | Date | null
}

export type VendorPickupView = {
  point: Row
  zone: string
  arrival_date: string | null
  parcel: VendorParcelView | null
}

/**
 * What a co-op sees of its order's pickup, from the order's pickup target
 * and, once fulfilled, its parcel. Fields are picked one by one so nothing
 * that derives the pickup code can slip through.
 */
export function vendorPickupView(
  target: { point_id: string; zone: string },
  arrivalDate: string | null,
  point: Row | undefined,
  parcel: Row | undefined
): VendorPickupView {
  const graceHours = Number(point?.overdue_grace_hours ?? 0)
  const returnsAt =
    parcel?.status === "overdue" && parcel.deadline_at
      ? new Date(
          new Date(parcel.deadline_at).getTime() + graceHours * HOUR
        ).toISOString()
      : null
  return {
    point: point
      ? {
          id: point.id,
          handle: point.handle,
          name_zh: point.name_zh,
          name_en: point.name_en ?? null,
          type: point.type,
          address_zh: point.address_zh,
          address_en: point.address_en ?? null,
          opening_hours: point.opening_hours ?? [],
          contact_phone: point.contact_phone ?? null,
          status: point.status,
        }
      : { id: target.point_id },
    zone: parcel?.zone ?? target.zone,
    arrival_date: arrivalDate,
    parcel: parcel
      ? {
          id: parcel.id,
          status: parcel.status,
          zone: parcel.zone,
          sent_at: parcel.created_at ?? null,
          eta: parcel.eta ?? null,
          ready_at: parcel.ready_at ?? null,
          deadline_at: parcel.deadline_at ?? null,
          picked_up_at: parcel.picked_up_at ?? null,
          overdue_at: parcel.overdue_at ?? null,
          returns_at: returnsAt,
          returned_at: parcel.returned_at ?? null,
        }
      : null,
  }
}

/**
 * The pickup view of each of the given (already owned) orders that ships
 * to a pickup point; orders delivered to the door are absent.
 */
export async function vendorPickupViews(
  container: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, VendorPickupView>> {
  const views = new Map<string, VendorPickupView>()
  if (!orderIds.length) {
    return views
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", ...ORDER_PICKUP_FIELDS],
    filters: { id: orderIds },
  })
  const targets = new Map<string, { point_id: string; zone: string }>()
  for (const order of orders as Row[]) {
    const target = pickupOfOrder(order)
    if (target) {
      targets.set(order.id, target)
    }
  }
  if (!targets.size) {
    return views
  }
  const { data: parcels } = await query.graph({
    entity: "parcel",
    fields: PARCEL_FIELDS,
    filters: { order_id: [...targets.keys()] },
  })
  const parcelOf = new Map((parcels as Row[]).map((p) => [p.order_id, p]))
  const pointIds = new Set([
    ...[...targets.values()].map((t) => t.point_id),
    ...(parcels as Row[]).map((p) => p.point_id).filter(Boolean),
  ])
  const { data: points } = await query.graph({
    entity: "pickup_point",
    fields: POINT_FIELDS,
    filters: { id: [...pointIds] },
  })
  const pointOf = new Map((points as Row[]).map((p) => [p.id, p]))
  for (const order of orders as Row[]) {
    const target = targets.get(order.id)
    if (!target) {
      continue
    }
    const parcel = parcelOf.get(order.id)
    const arrival = order.metadata?.pickup?.arrival_date
    views.set(
      order.id,
      vendorPickupView(
        target,
        typeof arrival === "string" ? arrival : null,
        pointOf.get(parcel?.point_id ?? target.point_id),
        parcel
      )
    )
  }
  return views
}
