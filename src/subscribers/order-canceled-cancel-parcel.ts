import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderParcelWorkflow } from "../workflows/pickup"

/** Takes a cancelled order's parcel off its pickup point's work. */
export default async function orderCanceledCancelParcelHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await cancelOrderParcelWorkflow(container).run({
    input: { order_id: event.data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "tiantou-cancel-parcel-on-cancel" },
}
