import type { MedusaContainer } from "@medusajs/framework/types"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  derivePickupCode,
  pickupCodeSecret,
  signQrPayload,
} from "../../../workflows/pickup/utils/pickup-code"
import {
  collectableUntil,
  HANDOVER_STATUSES,
} from "../../../workflows/pickup/utils/parcel-rules"

type OrderLike = {
  id: string
  metadata?: Record<string, any> | null
}

/**
 * What a customer sees of an order's pickup: the point (name, address,
 * hours, phone), the zone and arrival day, the parcel's status and
 * deadline, and — once the parcel is at the point and only when
 * `reveal_code` — its 6-digit code and signed QR payload, re-derived from
 * the parcel's nonce (the database holds only the hash). The QR payload
 * expires when the parcel can no longer be collected.
 */
export async function pickupViews(
  container: MedusaContainer,
  orders: OrderLike[],
  options: { reveal_code: boolean }
): Promise<Map<string, Record<string, unknown>>> {
  const views = new Map<string, Record<string, unknown>>()
  const placed = orders.filter((o) => o.metadata?.pickup?.point_id)
  if (!placed.length) {
    return views
  }
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const pointIds = [...new Set(placed.map((o) => o.metadata!.pickup.point_id))]
  const [points, parcels] = await Promise.all([
    pickup.listPickupPoints({ id: pointIds }),
    pickup.listParcels({ order_id: placed.map((o) => o.id) }),
  ])
  const pointById = new Map(points.map((p) => [p.id, p]))
  const parcelByOrder = new Map(parcels.map((p) => [p.order_id, p]))
  const secret = options.reveal_code ? pickupCodeSecret() : null

  for (const order of placed) {
    const info = order.metadata!.pickup
    const point = pointById.get(info.point_id)
    const parcel = parcelByOrder.get(order.id)
    let code: string | null = null
    let qr: string | null = null
    if (
      secret &&
      parcel?.code_nonce &&
      HANDOVER_STATUSES.includes(parcel.status as any)
    ) {
      code = derivePickupCode(secret, parcel.id, parcel.code_nonce)
      const expiresAt = collectableUntil(
        parcel.deadline_at,
        point?.overdue_grace_hours ?? 0
      )
      qr = signQrPayload(
        secret,
        { parcel_id: parcel.id, code },
        expiresAt ? { expires_at: expiresAt } : {}
      )
    }
    views.set(order.id, {
      point: point
        ? {
            id: point.id,
            name_zh: point.name_zh,
            name_en: point.name_en,
            type: point.type,
            address_zh: point.address_zh,
            address_en: point.address_en,
            opening_hours: point.opening_hours,
            contact_phone: point.contact_phone,
            status: point.status,
          }
        : { id: info.point_id },
      zone: info.zone,
      arrival_date: info.arrival_date,
      locker_consent_at: info.locker_consent_at ?? null,
      parcel: parcel
        ? {
            id: parcel.id,
            status: parcel.status,
            compartment: parcel.compartment,
            eta: parcel.eta,
            ready_at: parcel.ready_at,
            deadline_at: parcel.deadline_at,
            picked_up_at: parcel.picked_up_at,
          }
        : null,
      code,
      qr_payload: qr,
    })
  }
  return views
}
