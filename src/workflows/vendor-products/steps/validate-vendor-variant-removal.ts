import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { invalidField } from "../../../utils/refusal"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { optionValuesToRetire } from "../utils/variant-options"
import { productOptionsState } from "../utils/variant-state"

export type ValidateVendorVariantRemovalStepInput = {
  product_id: string
  variant_id: string
}

export type VariantRemovalPlan = {
  /** Option values the product stops offering with this size. */
  option_updates: { product_option_id: string; remove: string[] }[]
}

export const validateVendorVariantRemovalStepId =
  "validate-vendor-variant-removal"

/**
 * This step checks that a size may go: it belongs to the (already owned)
 * product, is not the product's last size, and holds no stock reserved for
 * orders still to fulfil. It answers which option values go with it.
 */
export const validateVendorVariantRemovalStep = createStep(
  validateVendorVariantRemovalStepId,
  async (input: ValidateVendorVariantRemovalStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "manage_inventory",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: input.variant_id, product_id: input.product_id },
    })
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant "${input.variant_id}" was not found.`
      )
    }
    const { options, variants } = await productOptionsState(
      query,
      input.product_id
    )
    if (variants.length <= 1) {
      throw invalidField(
        `Variant "${variant.title}" (${variant.id}) is the only size of product "${input.product_id}"; a product needs at least one size, so delete the product instead.`,
        "",
        "last_variant",
        { variant: variant.id, title: variant.title }
      )
    }
    const reserved = (variant.inventory_items ?? [])
      .flatMap((item: any) => item?.inventory?.location_levels ?? [])
      .reduce(
        (sum: number, level: any) =>
          sum + Number(level?.reserved_quantity ?? 0),
        0
      )
    if (reserved > 0) {
      throw invalidField(
        `Variant "${variant.title}" (${variant.id}) has ${reserved} reserved for orders not yet fulfilled; fulfil or cancel those orders before removing the size.`,
        "",
        "variant_reserved",
        { variant: variant.id, title: variant.title, reserved }
      )
    }
    return new StepResponse<VariantRemovalPlan>({
      option_updates: optionValuesToRetire(input.variant_id, variants, options),
    })
  }
)
