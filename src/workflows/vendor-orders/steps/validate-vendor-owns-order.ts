import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import VendorOrderLink from "../../../links/vendor-order"

export const validateVendorOwnsOrderStepId = "validate-vendor-owns-order"

/**
 * This step checks that the order belongs to the co-op; another co-op's
 * order is reported as not found, so its existence is not revealed.
 */
export const validateVendorOwnsOrderStep = createStep(
  validateVendorOwnsOrderStepId,
  async (input: { vendor_id: string; order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: VendorOrderLink.entryPoint,
      fields: ["order_id"],
      filters: { vendor_id: input.vendor_id, order_id: input.order_id },
    })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order "${input.order_id}" was not found.`
      )
    }
    return new StepResponse(void 0)
  }
)
