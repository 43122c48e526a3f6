import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { shanghaiDate } from "../../../modules/pickup/utils/geo"
import type { PickupZoneInput } from "../utils/pickup-point-input"

export type ValidatePickupPointZonesStepInput = {
  point_id: string
  /** The zones the point will have; undefined leaves them alone. */
  zones?: PickupZoneInput[]
}

/** Parcels still at, or on their way to, a point. */
export const LIVE_PARCEL_STATUSES = [
  "awaiting_arrival",
  "ready_for_pickup",
  "overdue",
] as const

export const validatePickupPointZonesStepId = "validate-pickup-point-zones"

/**
 * This step refuses to remove a zone that still has work: an active
 * reservation from today (Asia/Shanghai) on, or a parcel not yet picked up
 * or returned. Lowering compartments is allowed; availability never goes
 * below zero.
 */
export const validatePickupPointZonesStep = createStep(
  validatePickupPointZonesStepId,
  async (input: ValidatePickupPointZonesStepInput, { container }) => {
    if (!input.zones) {
      return new StepResponse(void 0)
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const current = await pickup.listPickupZones(
      { point_id: input.point_id },
      { select: ["zone"] }
    )
    const kept = new Set(input.zones.map((z) => z.zone))
    const removed = current.map((z) => z.zone).filter((z) => !kept.has(z))
    if (!removed.length) {
      return new StepResponse(void 0)
    }
    const today = shanghaiDate(new Date())
    const [reservations, parcels] = await Promise.all([
      pickup.listPickupReservations(
        {
          point_id: input.point_id,
          zone: removed,
          status: "active",
          arrival_date: { $gte: today },
        },
        { select: ["zone"], take: 1 }
      ),
      pickup.listParcels(
        {
          point_id: input.point_id,
          zone: removed,
          status: [...LIVE_PARCEL_STATUSES],
        },
        { select: ["zone"], take: 1 }
      ),
    ])
    const busy = reservations[0]?.zone ?? parcels[0]?.zone
    if (busy) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `zones: pickup point "${input.point_id}" still has ${busy} reservations or parcels; the ${busy} zone cannot be removed until they are done.`
      )
    }
    return new StepResponse(void 0)
  }
)
