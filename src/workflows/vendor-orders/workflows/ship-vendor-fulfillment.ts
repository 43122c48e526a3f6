import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderShipmentWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { validateVendorOwnsOrderStep } from "../steps/validate-vendor-owns-order"

export type ShipVendorFulfillmentWorkflowInput = {
  vendor_id: string
  order_id: string
  fulfillment_id: string
  labels?: {
    tracking_number: string
    tracking_url: string
    label_url: string
  }[]
}

export const shipVendorFulfillmentWorkflowId = "ship-vendor-fulfillment"

/** This workflow marks a co-op's fulfilment as shipped, with tracking. */
export const shipVendorFulfillmentWorkflow = createWorkflow(
  shipVendorFulfillmentWorkflowId,
  (input: ShipVendorFulfillmentWorkflowInput) => {
    validateVendorOwnsOrderStep(input)
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: ["id", "items.line_item_id", "items.quantity"],
      filters: { id: input.fulfillment_id },
      options: { throwIfKeyNotFound: true },
    })
    const shipment = transform(
      { input, fulfillments },
      ({ input, fulfillments }) => ({
        order_id: input.order_id,
        fulfillment_id: input.fulfillment_id,
        labels: input.labels ?? [],
        items: (fulfillments[0]?.items ?? []).map((item: any) => ({
          id: item.line_item_id,
          quantity: item.quantity,
        })),
      })
    )
    createOrderShipmentWorkflow.runAsStep({ input: shipment })
    return new WorkflowResponse(void 0)
  }
)
