import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { OverdueParcelPlan } from "./plan-overdue-parcels"

export const applyOverdueParcelsStepId = "apply-overdue-parcels"

/**
 * This step moves the planned parcels to `overdue` or `returned` with the
 * time of the move; a returned parcel's code is retired.
 */
export const applyOverdueParcelsStep = createStep(
  applyOverdueParcelsStepId,
  async (
    input: { plan: OverdueParcelPlan; now: Date | string },
    { container }
  ) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const now = new Date(input.now)
    const { overdue, returned } = input.plan
    if (overdue.length) {
      await pickup.updateParcels(
        overdue.map((id) => ({
          id,
          status: "overdue" as const,
          overdue_at: now,
        }))
      )
    }
    if (returned.length) {
      const before = await pickup.listParcels(
        { id: returned.map((p) => p.id) },
        { select: ["id", "code_hash", "code_nonce"] }
      )
      await pickup.updateParcels(
        returned.map((p) => ({
          id: p.id,
          status: "returned" as const,
          returned_at: now,
          code_hash: null,
          code_nonce: null,
        }))
      )
      return new StepResponse(void 0, {
        overdue,
        returned: returned.map((p) => {
          const prior = before.find((b) => b.id === p.id)
          return {
            id: p.id,
            status: p.status,
            code_hash: prior?.code_hash ?? null,
            code_nonce: prior?.code_nonce ?? null,
          }
        }),
      })
    }
    return new StepResponse(void 0, { overdue, returned: [] })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    if (undo.overdue.length) {
      await pickup.updateParcels(
        undo.overdue.map((id) => ({
          id,
          status: "ready_for_pickup" as const,
          overdue_at: null,
        }))
      )
    }
    if (undo.returned.length) {
      await pickup.updateParcels(
        undo.returned.map((p) => ({ ...p, returned_at: null }))
      )
    }
  }
)
