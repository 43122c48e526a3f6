import type { CreateProductVariantDTO } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import { guardNewOptionValuesStep } from "../steps/guard-new-option-values"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsProductsStep } from "../steps/validate-vendor-owns-products"
import { validateVendorVariantStep } from "../steps/validate-vendor-variant"

export type CreateVendorProductVariantWorkflowInput = {
  vendor_id: string
  product_id: string
  /** As for POST /admin/products/:id/variants, plus the starting stock. */
  variant: Omit<CreateProductVariantDTO, "product_id" | "options"> & {
    options?: Record<string, string>
    prices: { amount: number; currency_code: string }[]
    /** Stocked quantity at the co-op's own location. */
    stocked_quantity?: number
  }
}

export const createVendorProductVariantWorkflowId =
  "create-vendor-product-variant"

/**
 * This workflow adds a size to one of the co-op's products: it offers any
 * new option value on the product first (Medusa ≥ 2.16 no longer adds
 * values through a product update), creates the variant with its CNY
 * prices, and stocks it at the co-op's location.
 *
 * @example
 * const { result } = await createVendorProductVariantWorkflow(container).run({
 *   input: {
 *     vendor_id: "ven_123",
 *     product_id: "prod_123",
 *     variant: { title: "10kg 整箱", sku: "FJ-10", stocked_quantity: 40,
 *       prices: [{ amount: 109, currency_code: "cny" }] },
 *   },
 * })
 */
export const createVendorProductVariantWorkflow = createWorkflow(
  createVendorProductVariantWorkflowId,
  (input: CreateVendorProductVariantWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)

    const check = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      action: "update" as const,
    }))
    const vendor = validateVendorCanSellStep(check)

    const target = transform({ vendor, input }, ({ vendor, input }) => ({
      product_id: input.product_id,
      variant: input.variant,
      vendor: {
        id: vendor.id,
        name: vendor.name,
        stock_location_id: vendor.stock_location_id,
      },
    }))
    const plan = validateVendorVariantStep(target)

    when(
      "offer-new-option-values",
      { plan },
      ({ plan }) => plan.option_updates.length > 0
    ).then(() => {
      const guard = transform({ plan }, ({ plan }) => ({
        option_ids: plan.option_updates.map((u) => u.product_option_id),
      }))
      guardNewOptionValuesStep(guard)
      const offer = transform({ plan, input }, ({ plan, input }) => ({
        product_id: input.product_id,
        update: plan.option_updates,
      }))
      createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: offer })
    })

    const variantsInput = transform({ plan, input }, ({ plan, input }) => {
      const {
        stocked_quantity: _stock,
        options: _options,
        ...variant
      } = input.variant
      return {
        product_variants: [
          { ...variant, product_id: input.product_id, options: plan.options },
        ],
      }
    })
    const variants = createProductVariantsWorkflow.runAsStep({
      input: variantsInput,
    })

    when(
      "set-starting-stock",
      { input },
      ({ input }) =>
        input.variant.stocked_quantity !== undefined &&
        input.variant.manage_inventory !== false
    ).then(() => {
      const ids = transform({ variants }, ({ variants }) =>
        variants.map((v) => v.id)
      )
      const { data: created } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: ids },
      }).config({ name: "query-created-variant" })
      const levels = transform(
        { created, vendor, input },
        ({ created, vendor, input }) => ({
          inventory_levels: created
            .map((v) => v.inventory_items?.[0]?.inventory_item_id)
            .filter((id): id is string => !!id)
            .map((inventory_item_id) => ({
              inventory_item_id,
              location_id: vendor.stock_location_id as string,
              stocked_quantity: input.variant.stocked_quantity as number,
            })),
        })
      )
      createInventoryLevelsWorkflow.runAsStep({ input: levels })
    })

    const event = transform({ input }, ({ input }) => ({
      eventName: CatalogueEvents.PRODUCTS_CHANGED,
      data: { product_ids: [input.product_id] },
    }))
    emitEventStep(event)

    return new WorkflowResponse(variants)
  }
)
