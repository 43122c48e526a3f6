import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import {
  ACTIVE_PARCEL_STATUSES,
  overdueTransition,
  type ParcelStatus,
} from "../utils/parcel-rules"

export type OverdueParcelPlan = {
  overdue: string[]
  returned: { id: string; order_id: string; status: ParcelStatus }[]
}

export const planOverdueParcelsStepId = "plan-overdue-parcels"

const PAGE = 500

/**
 * This step finds the parcels at points past their deadline and decides,
 * per the point's grace hours, which become overdue and which go back.
 */
export const planOverdueParcelsStep = createStep(
  planOverdueParcelsStepId,
  async (input: { now: Date | string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const now = new Date(input.now)
    const plan: OverdueParcelPlan = { overdue: [], returned: [] }
    for (let skip = 0; ; skip += PAGE) {
      const parcels = await pickup.listParcels(
        { status: ACTIVE_PARCEL_STATUSES, deadline_at: { $lte: now } },
        { relations: ["point"], skip, take: PAGE, order: { id: "ASC" } }
      )
      for (const parcel of parcels) {
        const to = overdueTransition(
          parcel as { status: ParcelStatus; deadline_at: Date },
          parcel.point.overdue_grace_hours,
          now
        )
        if (to === "overdue") {
          plan.overdue.push(parcel.id)
        } else if (to === "returned") {
          plan.returned.push({
            id: parcel.id,
            order_id: parcel.order_id,
            status: parcel.status as ParcelStatus,
          })
        }
      }
      if (parcels.length < PAGE) {
        break
      }
    }
    return new StepResponse(plan)
  }
)
