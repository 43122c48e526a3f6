import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { refuse } from "../../../utils/refusal"
import {
  type ParcelStatus,
  type ParcelUnlockActor,
  unlockRefusal,
} from "../utils/parcel-rules"

export type ValidateParcelUnlockStepInput = {
  parcel_id: string
  actor: { type: "pickup_staff" | "user"; id: string }
}

export const validateParcelUnlockStepId = "validate-parcel-unlock"

/** Plain staff get a 403; a parcel that cannot be unlocked, a 400. */
const errorType = (rule: string) =>
  rule === "not_manager"
    ? MedusaError.Types.FORBIDDEN
    : MedusaError.Types.NOT_ALLOWED

/**
 * This step checks that the actor may lift the parcel's wrong-code lock:
 * pickup staff only at their own points (another point's parcel is not
 * found) and only as that point's manager (403 for plain staff, read from
 * the membership now, not from the request); an admin anywhere. It
 * answers the parcel and the actor's name for the record.
 */
export const validateParcelUnlockStep = createStep(
  validateParcelUnlockStepId,
  async (input: ValidateParcelUnlockStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const [parcel] = await pickup.listParcels({ id: input.parcel_id })
    let actor: ParcelUnlockActor = { type: "user", id: input.actor.id }
    let actorName: string | null = null
    if (input.actor.type === "pickup_staff") {
      const memberships = await pickup.listPickupStaffMemberships(
        { staff_id: input.actor.id },
        { relations: ["staff"] }
      )
      const membership = memberships.find(
        (m) => m.point_id === parcel?.point_id
      )
      if (!parcel || !membership) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Parcel "${input.parcel_id}" was not found.`
        )
      }
      actor = {
        type: "pickup_staff",
        id: input.actor.id,
        role: membership.role,
      }
      actorName = membership.staff?.name ?? null
    } else {
      if (!parcel) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Parcel "${input.parcel_id}" was not found.`
        )
      }
      const [user] = await container
        .resolve(Modules.USER)
        .listUsers({ id: input.actor.id })
      actorName = user
        ? [user.first_name, user.last_name].filter(Boolean).join(" ") ||
          user.email
        : null
    }
    const refusal = unlockRefusal(
      { ...parcel, status: parcel.status as ParcelStatus },
      actor
    )
    if (refusal) {
      throw refuse([refusal], errorType(refusal.rule))
    }
    return new StepResponse({ parcel, actor_name: actorName })
  }
)
