import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createPickupPointStep } from "../steps/create-pickup-point"
import { validatePickupPointStep } from "../steps/validate-pickup-point"
import type {
  PickupPointInput,
  PickupZoneInput,
} from "../utils/pickup-point-input"

export type CreatePickupPointWorkflowInput = PickupPointInput & {
  zones: PickupZoneInput[]
}

export const createPickupPointWorkflowId = "create-pickup-point"

/**
 * This workflow creates a pickup point with its temperature zones after
 * checking its handle, district, opening hours and zones.
 *
 * @example
 * await createPickupPointWorkflow(container).run({
 *   input: { handle: "yuzhong-jiefangbei-01", name_zh: "解放碑八一路便利店",
 *     name_en: "Jiefangbei Bayi Road store", type: "community_store",
 *     address_zh: "渝中区八一路 …", district_code: "500103",
 *     lat: 29.5563, lng: 106.5771, opening_hours: [{ days: [1, 2, 3, 4, 5, 6, 7],
 *     open: "08:00", close: "22:00" }], contact_name: "李姐",
 *     contact_phone: "023-6371 0000",
 *     zones: [{ zone: "ambient", compartments: 40 }] },
 * })
 */
export const createPickupPointWorkflow = createWorkflow(
  createPickupPointWorkflowId,
  (input: CreatePickupPointWorkflowInput) => {
    const split = transform({ input }, ({ input }) => {
      const { zones, ...point } = input
      return { point, zones }
    })
    validatePickupPointStep(split)
    const point = createPickupPointStep(split)
    return new WorkflowResponse(point)
  }
)
