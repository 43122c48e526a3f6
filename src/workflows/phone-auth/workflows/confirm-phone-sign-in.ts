import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  CUSTOMER_PHONE_VERIFIED,
  type CustomerPhoneVerifiedData,
} from "../events"

export const confirmPhoneSignInWorkflowId = "confirm-phone-sign-in"

/**
 * This workflow records that an existing customer just proved their phone
 * by SMS code: it emits `customer.phone_verified`.
 *
 * @example
 * await confirmPhoneSignInWorkflow(container).run({
 *   input: { customer_id: "cus_123", phone: "+8613800138000" },
 * })
 */
export const confirmPhoneSignInWorkflow = createWorkflow(
  confirmPhoneSignInWorkflowId,
  (input: CustomerPhoneVerifiedData) => {
    emitEventStep({ eventName: CUSTOMER_PHONE_VERIFIED, data: input })
    return new WorkflowResponse(input)
  }
)
