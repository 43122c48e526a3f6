import { MathBN } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createOrderParcelStep } from "../../pickup/steps/create-order-parcel"
import { refreshVendorOrderStagesStep } from "../steps/refresh-vendor-order-stages"
import { validateVendorOwnsOrderStep } from "../steps/validate-vendor-owns-order"

export type CreateVendorFulfillmentWorkflowInput = {
  vendor_id: string
  order_id: string
  member_id: string
  /** Lines and quantities to fulfil; every unfulfilled line when omitted. */
  items?: { id: string; quantity: number }[]
  labels?: {
    tracking_number: string
    tracking_url: string
    label_url: string
  }[]
  /** For an order to a pickup point: when the parcel should arrive there. */
  eta?: string
}

export const createVendorFulfillmentWorkflowId = "create-vendor-fulfillment"

/**
 * This workflow lets a co-op fulfil (pack and hand over) its own order from
 * its own stock location. An order to a pickup point gets its parcel,
 * awaiting arrival at the point with an ETA.
 */
export const createVendorFulfillmentWorkflow = createWorkflow(
  createVendorFulfillmentWorkflowId,
  (input: CreateVendorFulfillmentWorkflowInput) => {
    validateVendorOwnsOrderStep(input)
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["stock_location.id"],
      filters: { id: input.vendor_id },
    }).config({ name: "query-vendor-location" })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "items.id",
        // On order lines, quantities live on the line's detail.
        "items.detail.quantity",
        "items.detail.fulfilled_quantity",
      ],
      filters: { id: input.order_id },
    }).config({ name: "query-order-items" })

    const fulfillment = transform(
      { input, vendors, orders },
      ({ input, vendors, orders }) => ({
        order_id: input.order_id,
        created_by: input.member_id,
        location_id: vendors[0]?.stock_location?.id ?? null,
        labels: input.labels ?? [],
        items:
          input.items ??
          (orders[0]?.items ?? [])
            .map((item: any) => ({
              id: item.id,
              quantity: MathBN.sub(
                item.detail?.quantity ?? 0,
                item.detail?.fulfilled_quantity ?? 0
              ).toNumber(),
            }))
            .filter((item: { quantity: number }) => item.quantity > 0),
      })
    )
    const created = createOrderFulfillmentWorkflow.runAsStep({
      input: fulfillment,
    })
    const parcel = transform({ input, created }, ({ input, created }) => ({
      order_id: input.order_id,
      vendor_id: input.vendor_id,
      fulfillment_id: created.id,
      eta: input.eta,
    }))
    createOrderParcelStep(parcel)
    const stageInput = transform({ input }, ({ input }) => ({
      order_ids: [input.order_id],
    }))
    refreshVendorOrderStagesStep(stageInput)
    return new WorkflowResponse(created)
  }
)
