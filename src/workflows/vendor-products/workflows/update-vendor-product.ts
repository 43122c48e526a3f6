import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { validateProductImagesStep } from "../steps/validate-product-images"
import { validateProductReferencesStep } from "../steps/validate-product-references"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorOwnsProductsStep } from "../steps/validate-vendor-owns-products"

export type UpdateVendorProductWorkflowInput = {
  vendor_id: string
  product_id: string
  /** As for POST /admin/products/:id, without shipping profile or sales channels. */
  update: Omit<
    UpdateProductWorkflowInputDTO,
    "shipping_profile_id" | "sales_channels"
  > &
    Record<string, unknown>
  additional_data?: Record<string, unknown> | null
}

export const updateVendorProductWorkflowId = "update-vendor-product"

/**
 * This workflow updates one of the co-op's own products. Publishing needs an
 * active co-op; a product saved while the co-op was under review gets the
 * co-op's shipping profile once the co-op has one.
 *
 * @example
 * await updateVendorProductWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", update: { status: "published" } },
 * })
 */
export const updateVendorProductWorkflow = createWorkflow(
  updateVendorProductWorkflowId,
  (input: UpdateVendorProductWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)
    const references = transform({ input }, ({ input }) => {
      const ids = (list: unknown) =>
        ((list as { id?: string }[] | undefined) ?? []).flatMap((r) =>
          r.id ? [r.id] : []
        )
      return {
        product_id: input.product_id,
        variant_ids: ids(input.update.variants),
        option_ids: ids(input.update.options),
      }
    })
    validateProductReferencesStep(references)
    const images = transform({ input }, ({ input }) => {
      const update = input.update as {
        images?: { url: string }[]
        thumbnail?: string | null
      }
      return {
        vendor_id: input.vendor_id,
        product_id: input.product_id,
        urls: [
          ...(update.images ?? []).map((image) => image.url),
          ...(update.thumbnail ? [update.thumbnail] : []),
        ],
      }
    })
    validateProductImagesStep(images)

    const check = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      action: "update" as const,
      product_statuses: [input.update.status],
    }))
    const vendor = validateVendorCanSellStep(check)

    const updateInput = transform({ vendor, input }, ({ vendor, input }) => {
      const profileId = vendor.shipping_profile_id
      return {
        products: [
          {
            ...input.update,
            id: input.product_id,
            ...(profileId ? { shipping_profile_id: profileId } : {}),
          },
        ],
        additional_data: input.additional_data ?? undefined,
      }
    })
    const products = updateProductsWorkflow.runAsStep({
      input: updateInput,
    })

    return new WorkflowResponse(products)
  }
)
