import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateCustomerMetadataStep } from "../steps/update-customer-metadata"
import { validateEmailVerificationStep } from "../steps/validate-email-verification"
import { attachGuestOrdersWorkflow } from "./attach-guest-orders"

export type VerifyCustomerEmailWorkflowInput = {
  customer_id: string
  /** The one-time token from the verification email's link. */
  token: string
}

export const verifyCustomerEmailWorkflowId = "verify-customer-email"

/**
 * This workflow verifies a customer's email with the token from its link:
 * the email is marked verified (the token works once) and the orders
 * placed with it as a guest move into the account.
 *
 * @example
 * await verifyCustomerEmailWorkflow(container).run({
 *   input: { customer_id: "cus_123", token: "<token from the email>" },
 * })
 */
export const verifyCustomerEmailWorkflow = createWorkflow(
  verifyCustomerEmailWorkflowId,
  (input: VerifyCustomerEmailWorkflowInput) => {
    const verified = validateEmailVerificationStep(input)
    const mark = transform({ verified }, ({ verified }) => ({
      customer_id: verified.customer_id,
      set: {
        email_verified_at: new Date().toISOString(),
        verified_email: verified.email,
        email_verification: null,
      },
    }))
    updateCustomerMetadataStep(mark)
    const attach = transform({ verified }, ({ verified }) => ({
      customer_id: verified.customer_id,
      email: verified.email,
    }))
    const attached = attachGuestOrdersWorkflow.runAsStep({ input: attach })
    emitEventStep({
      eventName: "customer.email_verified",
      data: transform({ verified }, ({ verified }) => ({
        id: verified.customer_id,
      })),
    })
    return new WorkflowResponse({
      email: verified.email,
      order_ids: attached.order_ids,
    })
  }
)
