import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createCustomersWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { CUSTOMER_PHONE_VERIFIED } from "../events"
import { bindPhoneLoginStep } from "../steps/bind-phone-login"
import { validatePhoneAccountCreationStep } from "../steps/validate-phone-account-creation"

export type CreatePhoneCustomerAccountWorkflowInput = {
  auth_identity_id: string
  customer: { first_name?: string | null; last_name?: string | null }
}

export const createPhoneCustomerAccountWorkflowId =
  "create-phone-customer-account"

/**
 * This workflow creates the customer for a phone's first sign-in by SMS
 * code, with the verified phone, binds the phone login to it and emits
 * `customer.phone_verified`.
 *
 * @example
 * await createPhoneCustomerAccountWorkflow(container).run({
 *   input: { auth_identity_id: "authid_123", customer: {} },
 * })
 */
export const createPhoneCustomerAccountWorkflow = createWorkflow(
  createPhoneCustomerAccountWorkflowId,
  (input: CreatePhoneCustomerAccountWorkflowInput) => {
    const { phone } = validatePhoneAccountCreationStep(input)
    // Medusa's createCustomerAccountWorkflow requires an email; a phone
    // account has none until the shopper adds one.
    const customersData = transform({ input, phone }, (data) => [
      { ...data.input.customer, phone: data.phone, has_account: true },
    ])
    const customers = createCustomersWorkflow.runAsStep({
      input: { customersData },
    })
    const customer = transform({ customers }, (data) => data.customers[0])
    bindPhoneLoginStep({
      auth_identity_id: input.auth_identity_id,
      customer_id: customer.id,
    })
    const eventData = transform({ customer, phone }, (data) => ({
      customer_id: data.customer.id,
      phone: data.phone,
    }))
    emitEventStep({ eventName: CUSTOMER_PHONE_VERIFIED, data: eventData })
    return new WorkflowResponse(customer)
  }
)
