import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { attachOrdersToCustomerStep } from "../steps/attach-orders-to-customer"
import { findGuestOrdersStep } from "../steps/find-guest-orders"
import { validateCustomerAccountStep } from "../steps/validate-customer-account"

export type AttachGuestOrdersWorkflowInput = {
  customer_id: string
  /** An email the customer has just proved is theirs. */
  email?: string | null
  /** A mobile number the customer has just proved is theirs (SMS code). */
  phone?: string | null
}

export const attachGuestOrdersWorkflowId = "attach-guest-orders"

/**
 * This workflow moves the orders a guest placed with an email or phone
 * into the account of the customer who has just verified it. Call it only
 * after verification: whoever holds the email or phone gets the orders.
 *
 * @example
 * await attachGuestOrdersWorkflow(container).run({
 *   input: { customer_id: "cus_123", phone: "+86 138 0000 5678" },
 * })
 */
export const attachGuestOrdersWorkflow = createWorkflow(
  attachGuestOrdersWorkflowId,
  (input: AttachGuestOrdersWorkflowInput) => {
    validateCustomerAccountStep({ customer_id: input.customer_id })
    const found = findGuestOrdersStep({
      email: input.email,
      phone: input.phone,
    })
    const attach = transform({ input, found }, ({ input, found }) => ({
      customer_id: input.customer_id,
      order_ids: found.order_ids,
    }))
    const attached = attachOrdersToCustomerStep(attach)
    const event = transform({ input, attached }, ({ input, attached }) => ({
      id: input.customer_id,
      order_ids: attached,
    }))
    emitEventStep({ eventName: "customer.guest_orders_attached", data: event })
    return new WorkflowResponse({ order_ids: attached })
  }
)
