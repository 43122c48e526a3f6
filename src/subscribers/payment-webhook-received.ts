import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { processPaymentWebhookWorkflow } from "../workflows/checkout"
import { PAYMENT_WEBHOOK_RECEIVED } from "../workflows/checkout/events"
import type { ParsePaymentWebhookStepInput } from "../workflows/checkout/steps/parse-payment-webhook"

/** Completes carts whose payment a provider's webhook reports as secured. */
export default async function paymentWebhookReceivedHandler({
  event,
  container,
}: SubscriberArgs<ParsePaymentWebhookStepInput>) {
  await processPaymentWebhookWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: PAYMENT_WEBHOOK_RECEIVED,
  context: { subscriberId: "tiantou-payment-webhook" },
}
