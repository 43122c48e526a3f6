import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { unlockParcelStep } from "../steps/unlock-parcel"
import { validateParcelUnlockStep } from "../steps/validate-parcel-unlock"

export type UnlockParcelWorkflowInput = {
  parcel_id: string
  /** A manager of the parcel's point (`pickup_staff`) or an admin (`user`). */
  actor: { type: "pickup_staff" | "user"; id: string }
  /** Why, for the parcel's history: "顾客持身份证核实本人" … */
  reason: string
}

export const unlockParcelWorkflowId = "unlock-parcel"

/**
 * This workflow lifts a parcel's wrong-code lock before it runs out: a
 * manager of the parcel's point or an admin clears the count, and the
 * parcel's history records who, when and why. It takes the handover's lock
 * on the parcel, so no wrong code is counted while it runs.
 *
 * @example
 * await unlockParcelWorkflow(container).run({
 *   input: {
 *     parcel_id: "pcl_123",
 *     actor: { type: "pickup_staff", id: "pkst_123" },
 *     reason: "顾客出示身份证，核实为收件人本人",
 *   },
 * })
 */
export const unlockParcelWorkflow = createWorkflow(
  unlockParcelWorkflowId,
  (input: UnlockParcelWorkflowInput) => {
    const checked = validateParcelUnlockStep({
      parcel_id: input.parcel_id,
      actor: input.actor,
    })

    const lockKey = transform(
      { input },
      ({ input }) => `parcel-handover:${input.parcel_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const unlock = transform({ input, checked }, ({ input, checked }) => ({
      parcel_id: input.parcel_id,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      actor_name: checked.actor_name,
      reason: input.reason,
    }))
    const event = unlockParcelStep(unlock)
    releaseLockStep({ key: lockKey })

    const payload = transform(
      { input, checked, event },
      ({ input, checked, event }) => ({
        id: input.parcel_id,
        order_id: checked.parcel.order_id,
        point_id: checked.parcel.point_id,
        event_id: event.id,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
      })
    )
    emitEventStep({ eventName: "parcel.unlocked", data: payload })

    return new WorkflowResponse(event)
  }
)
