import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { releaseOrderPickupWorkflow } from "../workflows/pickup-checkout"

/** Frees the pickup compartment a cancelled order had reserved. */
export default async function orderCanceledReleasePickupHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await releaseOrderPickupWorkflow(container).run({
    input: { order_ids: [event.data.id] },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "tiantou-release-pickup-on-cancel" },
}
