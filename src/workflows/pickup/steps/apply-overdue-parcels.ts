import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { OverdueParcelPlan } from "./plan-overdue-parcels"

export type AppliedOverdueParcels = {
  overdue: string[]
  returned: { id: string; order_id: string }[]
}

export const applyOverdueParcelsStepId = "apply-overdue-parcels"

/**
 * This step moves the planned parcels to `overdue` or `returned` with the
 * time of the move; a returned parcel's code is retired. Each move is
 * conditional on the status the plan saw, so a parcel collected (or moved
 * by another run) since then is left alone; only the parcels that moved
 * are returned, for the notices and flags that follow.
 */
export const applyOverdueParcelsStep = createStep(
  applyOverdueParcelsStepId,
  async (
    input: { plan: OverdueParcelPlan; now: Date | string },
    { container }
  ) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const now = new Date(input.now)
    const overdue = await pickup.transitionParcels({
      ids: input.plan.overdue,
      from: ["ready_for_pickup"],
      to: "overdue",
      data: { overdue_at: now },
    })

    const planned = input.plan.returned
    const before = planned.length
      ? await pickup.listParcels(
          { id: planned.map((p) => p.id) },
          { select: ["id", "code_hash", "code_nonce"] }
        )
      : []
    const returned: (OverdueParcelPlan["returned"][number] & {
      code_hash: string | null
      code_nonce: string | null
    })[] = []
    // One update per planned status, so each parcel moves only from the
    // status it was planned from.
    for (const status of new Set(planned.map((p) => p.status))) {
      const moved = await pickup.transitionParcels({
        ids: planned.filter((p) => p.status === status).map((p) => p.id),
        from: [status],
        to: "returned",
        data: { returned_at: now, code_hash: null, code_nonce: null },
      })
      for (const id of moved) {
        const p = planned.find((x) => x.id === id)!
        const prior = before.find((b) => b.id === id)
        returned.push({
          ...p,
          code_hash: prior?.code_hash ?? null,
          code_nonce: prior?.code_nonce ?? null,
        })
      }
    }

    const applied: AppliedOverdueParcels = {
      overdue,
      returned: returned.map((p) => ({ id: p.id, order_id: p.order_id })),
    }
    return new StepResponse(applied, { overdue, returned })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.transitionParcels({
      ids: undo.overdue,
      from: ["overdue"],
      to: "ready_for_pickup",
      data: { overdue_at: null },
    })
    for (const p of undo.returned) {
      await pickup.transitionParcels({
        ids: [p.id],
        from: ["returned"],
        to: p.status,
        data: {
          returned_at: null,
          code_hash: p.code_hash,
          code_nonce: p.code_nonce,
        },
      })
    }
  }
)
