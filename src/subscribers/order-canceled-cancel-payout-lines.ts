import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderPayoutLinesWorkflow } from "../workflows/ledger"

/** Takes a cancelled order's earnings out of its co-op's payout ledger. */
export default async function orderCanceledCancelPayoutLinesHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await cancelOrderPayoutLinesWorkflow(container).run({
    input: { order_ids: [event.data.id] },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "tiantou-cancel-payout-lines-on-cancel" },
}
