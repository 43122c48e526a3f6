import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { refuse } from "../../../utils/refusal"
import { type ParcelStatus, parcelStatusRefusal } from "../utils/parcel-rules"

export type ValidateParcelAccessStepInput = {
  parcel_id: string
  /** The points the signed-in staff member works at. */
  point_ids: string[]
  /** Statuses the action accepts. */
  statuses: ParcelStatus[]
  /** The action, for the error message ("received", "handed over"). */
  action: string
}

export const validateParcelAccessStepId = "validate-parcel-access"

/**
 * This step checks that the parcel is at one of the staff member's points
 * (another point's parcel is reported as not found, so its existence is not
 * revealed) and that its status allows the action.
 */
export const validateParcelAccessStep = createStep(
  validateParcelAccessStepId,
  async (input: ValidateParcelAccessStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const [parcel] = input.point_ids.length
      ? await pickup.listParcels({
          id: input.parcel_id,
          point_id: input.point_ids,
        })
      : []
    if (!parcel) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Parcel "${input.parcel_id}" was not found.`
      )
    }
    if (!input.statuses.includes(parcel.status as ParcelStatus)) {
      throw refuse(
        [parcelStatusRefusal(parcel, input.statuses, input.action)],
        MedusaError.Types.NOT_ALLOWED
      )
    }
    return new StepResponse(parcel)
  }
)
