import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateVariantStockStepInput = {
  product_id: string
  variant_id: string
  vendor: { id: string; name: string; stock_location_id?: string | null }
}

export type VariantStockTarget = {
  inventory_item_id: string
  location_id: string
  /** The existing level at the co-op's location, if any. */
  level_id: string | null
}

export const validateVariantStockStepId = "validate-variant-stock"

/**
 * This step checks that the variant belongs to the (already owned) product,
 * tracks stock and that the co-op has a stock location, and finds the
 * inventory level to create or update there.
 */
export const validateVariantStockStep = createStep(
  validateVariantStockStepId,
  async (input: ValidateVariantStockStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { id: input.variant_id, product_id: input.product_id },
    })
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant "${input.variant_id}" was not found.`
      )
    }
    const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
    if (!variant.manage_inventory || !inventoryItemId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant "${input.variant_id}" does not track stock (manage_inventory is false), so stocked_quantity cannot be set.`
      )
    }
    const locationId = input.vendor.stock_location_id
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `stocked_quantity cannot be set yet: co-op "${input.vendor.name}" (${input.vendor.id}) gets its stock location when it is approved. 合作社审核通过后才能设置库存。`
      )
    }
    const {
      data: [level],
    } = await query.graph({
      entity: "inventory_level",
      fields: ["id"],
      filters: { inventory_item_id: inventoryItemId, location_id: locationId },
    })
    return new StepResponse<VariantStockTarget>({
      inventory_item_id: inventoryItemId,
      location_id: locationId,
      level_id: level?.id ?? null,
    })
  }
)
