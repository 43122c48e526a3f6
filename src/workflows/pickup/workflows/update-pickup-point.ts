import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setPickupPointZonesStep } from "../steps/set-pickup-point-zones"
import { updatePickupPointStep } from "../steps/update-pickup-point"
import { validatePickupPointStep } from "../steps/validate-pickup-point"
import { validatePickupPointZonesStep } from "../steps/validate-pickup-point-zones"
import type {
  PickupPointInput,
  PickupZoneInput,
} from "../utils/pickup-point-input"

export type UpdatePickupPointWorkflowInput = {
  id: string
  update: Partial<PickupPointInput>
  /** The zones the point will have, replacing the current ones. */
  zones?: PickupZoneInput[]
}

export const updatePickupPointWorkflowId = "update-pickup-point"

/**
 * This workflow edits a pickup point — fields, status (pause/activate) and
 * zones with their daily compartments — in one transaction. Pausing keeps
 * the point's parcels; it only stops new checkouts choosing it.
 *
 * @example
 * await updatePickupPointWorkflow(container).run({
 *   input: { id: "pkpt_123", update: { status: "paused" } },
 * })
 */
export const updatePickupPointWorkflow = createWorkflow(
  updatePickupPointWorkflowId,
  (input: UpdatePickupPointWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({
      id: input.id,
      point: input.update,
      zones: input.zones,
    }))
    validatePickupPointStep(check)
    const zones = transform({ input }, ({ input }) => ({
      point_id: input.id,
      zones: input.zones,
    }))
    validatePickupPointZonesStep(zones)
    updatePickupPointStep(input)
    setPickupPointZonesStep(zones)
    const result = transform({ input }, ({ input }) => ({ id: input.id }))
    return new WorkflowResponse(result)
  }
)
