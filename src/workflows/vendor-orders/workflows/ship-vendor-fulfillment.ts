import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderShipmentWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { refreshVendorOrderStagesStep } from "../steps/refresh-vendor-order-stages"
import { validateOrderFulfillmentStep } from "../steps/validate-order-fulfillment"
import { validateVendorOwnsOrderStep } from "../steps/validate-vendor-owns-order"
import { type ShipmentLabel, shipmentLabels } from "../utils/shipment-labels"

export type ShipVendorFulfillmentWorkflowInput = {
  vendor_id: string
  order_id: string
  fulfillment_id: string
  /** Replace the fulfilment's labels; omitted, the saved ones are kept. */
  labels?: ShipmentLabel[]
}

export const shipVendorFulfillmentWorkflowId = "ship-vendor-fulfillment"

/**
 * This workflow marks a co-op's fulfilment as shipped, keeping the tracking
 * numbers saved when it was packed unless new labels are given.
 *
 * @example
 * await shipVendorFulfillmentWorkflow(container).run({
 *   input: { vendor_id: "ven_123", order_id: "order_123", fulfillment_id: "ful_123" },
 * })
 */
export const shipVendorFulfillmentWorkflow = createWorkflow(
  shipVendorFulfillmentWorkflowId,
  (input: ShipVendorFulfillmentWorkflowInput) => {
    validateVendorOwnsOrderStep(input)
    validateOrderFulfillmentStep(input)
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: [
        "id",
        "items.line_item_id",
        "items.quantity",
        "labels.tracking_number",
        "labels.tracking_url",
        "labels.label_url",
      ],
      filters: { id: input.fulfillment_id },
      options: { throwIfKeyNotFound: true },
    })
    const shipment = transform(
      { input, fulfillments },
      ({ input, fulfillments }) => ({
        order_id: input.order_id,
        fulfillment_id: input.fulfillment_id,
        labels: shipmentLabels(
          input.labels,
          (fulfillments[0]?.labels ?? []) as any[]
        ),
        items: (fulfillments[0]?.items ?? []).map((item: any) => ({
          id: item.line_item_id,
          quantity: item.quantity,
        })),
      })
    )
    createOrderShipmentWorkflow.runAsStep({ input: shipment })
    const stageInput = transform({ input }, ({ input }) => ({
      order_ids: [input.order_id],
    }))
    refreshVendorOrderStagesStep(stageInput)
    return new WorkflowResponse(void 0)
  }
)
