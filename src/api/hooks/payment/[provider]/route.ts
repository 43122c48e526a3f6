import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PAYMENT_WEBHOOK_RECEIVED } from "../../../../workflows/checkout/events"

/**
 * Replaces Medusa's payment webhook route. Medusa's own subscriber would
 * complete a paid cart into a single order with the stock workflow; this
 * route emits our event instead, whose subscriber completes the cart through
 * the same order-group workflow as POST /store/carts/:id/complete.
 * Like Medusa's route, it answers at once and processes the event later,
 * with retries.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const payment = req.scope.resolve(Modules.PAYMENT) as any
  const options = payment.options ?? {}
  const eventBus = req.scope.resolve(Modules.EVENT_BUS)
  await eventBus.emit(
    {
      name: PAYMENT_WEBHOOK_RECEIVED,
      data: {
        provider: req.params.provider,
        payload: {
          data: req.body,
          rawData: (req as any).rawBody,
          headers: req.headers,
        },
      },
    },
    {
      delay: options.webhook_delay ?? 5000,
      attempts: options.webhook_retries ?? 3,
    }
  )
  res.sendStatus(200)
}
