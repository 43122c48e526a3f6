import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { validateVariantStockStep } from "../steps/validate-variant-stock"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsProductsStep } from "../steps/validate-vendor-owns-products"

export type SetVendorVariantStockWorkflowInput = {
  vendor_id: string
  product_id: string
  variant_id: string
  stocked_quantity: number
}

export const setVendorVariantStockWorkflowId = "set-vendor-variant-stock"

/**
 * This workflow sets how much of one of the co-op's variants is in stock at
 * the co-op's own location, creating the inventory level if needed.
 *
 * @example
 * await setVendorVariantStockWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", variant_id: "variant_123", stocked_quantity: 80 },
 * })
 */
export const setVendorVariantStockWorkflow = createWorkflow(
  setVendorVariantStockWorkflowId,
  (input: SetVendorVariantStockWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)

    const check = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      action: "stock" as const,
    }))
    const vendor = validateVendorCanSellStep(check)

    const targetInput = transform({ vendor, input }, ({ vendor, input }) => ({
      product_id: input.product_id,
      variant_id: input.variant_id,
      vendor: {
        id: vendor.id,
        name: vendor.name,
        stock_location_id: vendor.stock_location_id,
      },
    }))
    const target = validateVariantStockStep(targetInput)

    const batch = transform({ target, input }, ({ target, input }) => {
      const level = {
        inventory_item_id: target.inventory_item_id,
        location_id: target.location_id,
        stocked_quantity: input.stocked_quantity,
      }
      return target.level_id
        ? { create: [], update: [{ ...level, id: target.level_id }] }
        : { create: [level], update: [] }
    })
    batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })

    return new WorkflowResponse(target)
  }
)
