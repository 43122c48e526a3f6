import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { shanghaiDate } from "../../../modules/pickup/utils/geo"
import { LIVE_PARCEL_STATUSES } from "./validate-pickup-point-zones"

export const validatePickupPointDeletionStepId =
  "validate-pickup-point-deletion"

/**
 * This step refuses to delete a point that still has reservations from
 * today on or parcels not yet picked up or returned; pause it instead.
 */
export const validatePickupPointDeletionStep = createStep(
  validatePickupPointDeletionStepId,
  async (input: { id: string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const [point] = await pickup.listPickupPoints(
      { id: input.id },
      { select: ["id"] }
    )
    if (!point) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Pickup point "${input.id}" was not found.`
      )
    }
    const [reservations, parcels] = await Promise.all([
      pickup.listPickupReservations(
        {
          point_id: input.id,
          status: "active",
          arrival_date: { $gte: shanghaiDate(new Date()) },
        },
        { select: ["id"], take: 1 }
      ),
      pickup.listParcels(
        { point_id: input.id, status: [...LIVE_PARCEL_STATUSES] },
        { select: ["id"], take: 1 }
      ),
    ])
    if (reservations.length || parcels.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Pickup point "${input.id}" still has reservations or parcels; pause it instead of deleting it.`
      )
    }
    return new StepResponse(void 0)
  }
)
