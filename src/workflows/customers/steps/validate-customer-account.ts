import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCustomerAccountStepId = "validate-customer-account"

/**
 * This step checks that a customer is a registered account, not one of
 * the guest customers Medusa creates at checkout.
 */
export const validateCustomerAccountStep = createStep(
  validateCustomerAccountStepId,
  async (input: { customer_id: string }, { container }) => {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers(
        { id: input.customer_id },
        { select: ["id", "has_account"] }
      )
    if (!customer?.has_account) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer "${input.customer_id}" was not found.`
      )
    }
    return new StepResponse({ id: customer.id })
  }
)
