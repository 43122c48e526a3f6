import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { metadataRestorePatch } from "../utils/metadata"

export type UpdateCustomerMetadataStepInput = {
  customer_id: string
  /** Keys to set on the customer's metadata; the other keys are kept. */
  set: Record<string, unknown>
}

export const updateCustomerMetadataStepId = "update-customer-metadata"

/**
 * This step sets keys of a customer's metadata, keeping the rest.
 * Compensation puts the whole previous metadata back.
 */
export const updateCustomerMetadataStep = createStep(
  updateCustomerMetadataStepId,
  async (input: UpdateCustomerMetadataStepInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, {
      select: ["id", "metadata"],
    })
    const previous = (customer.metadata ?? {}) as Record<string, unknown>
    await customers.updateCustomers(customer.id, {
      metadata: { ...previous, ...input.set },
    })
    return new StepResponse(
      { customer_id: customer.id },
      { customer_id: customer.id, metadata: previous }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    const current = await customers.retrieveCustomer(previous.customer_id, {
      select: ["id", "metadata"],
    })
    await customers.updateCustomers(previous.customer_id, {
      metadata: metadataRestorePatch(
        previous.metadata,
        (current.metadata ?? {}) as Record<string, unknown>
      ),
    })
  }
)
