import { Modules, PaymentActions } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ParsePaymentWebhookStepInput = {
  provider: string
  payload: { data: unknown; rawData?: any; headers: Record<string, unknown> }
}

/** Provider actions that mean the cart's payment is secured. */
export const COMPLETING_ACTIONS: string[] = [
  PaymentActions.AUTHORIZED,
  PaymentActions.SUCCESSFUL,
]

export const parsePaymentWebhookStepId = "parse-payment-webhook"

/**
 * This step lets the payment provider verify and read a webhook, and keeps
 * only events that secure a payment session.
 */
export const parsePaymentWebhookStep = createStep(
  parsePaymentWebhookStepId,
  async (input: ParsePaymentWebhookStepInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const rawData =
      input.payload.rawData?.type === "Buffer"
        ? Buffer.from(input.payload.rawData.data)
        : input.payload.rawData
    const parsed = await payment.getWebhookActionAndData({
      provider: input.provider,
      payload: { ...input.payload, rawData } as any,
    })
    const sessionId = parsed.data?.session_id
    if (!sessionId || !COMPLETING_ACTIONS.includes(parsed.action)) {
      return new StepResponse(null)
    }
    return new StepResponse({ action: parsed.action, session_id: sessionId })
  }
)
