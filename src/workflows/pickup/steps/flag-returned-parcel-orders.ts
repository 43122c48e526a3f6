import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const flagReturnedParcelOrdersStepId = "flag-returned-parcel-orders"

/**
 * This step flags the orders of returned parcels for the co-op's
 * after-sales: `metadata.after_sales = { reason: "pickup_returned",
 * parcel_id, flagged_at }`. Their ledger lines stay pending by themselves,
 * since the orders were never delivered.
 */
export const flagReturnedParcelOrdersStep = createStep(
  flagReturnedParcelOrdersStepId,
  async (
    input: { parcels: { id: string; order_id: string }[]; now: Date | string },
    { container }
  ) => {
    if (!input.parcels.length) {
      return new StepResponse(void 0, [])
    }
    const orderService = container.resolve(Modules.ORDER)
    const orders = await orderService.listOrders(
      { id: input.parcels.map((p) => p.order_id) },
      { select: ["id", "metadata"] }
    )
    const flaggedAt = new Date(input.now).toISOString()
    // The order module merges metadata keys, so only ours is sent.
    await orderService.updateOrders(
      input.parcels.map((parcel) => ({
        id: parcel.order_id,
        metadata: {
          after_sales: {
            reason: "pickup_returned",
            parcel_id: parcel.id,
            flagged_at: flaggedAt,
          },
        },
      }))
    )
    return new StepResponse(
      void 0,
      orders.map((o) => ({
        id: o.id,
        // "" removes the key when merging.
        after_sales: (o.metadata?.after_sales as unknown) ?? "",
      }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await container.resolve(Modules.ORDER).updateOrders(
      previous.map((o) => ({
        id: o.id,
        metadata: { after_sales: o.after_sales },
      }))
    )
  }
)
