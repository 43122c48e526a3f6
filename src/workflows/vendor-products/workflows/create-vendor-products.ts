import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { generateProductHandlesStep } from "../steps/generate-product-handles"
import { validateProductImagesStep } from "../steps/validate-product-images"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"

export type VendorProductsAdditionalData = {
  /** Stocked quantity at the co-op's location, by variant SKU. */
  stock?: Record<string, number>
  [key: string]: unknown
}

export type CreateVendorProductsWorkflowInput = {
  vendor_id: string
  /** As for POST /admin/products, without shipping profile or sales channels. */
  products: Omit<
    CreateProductWorkflowInputDTO,
    "shipping_profile_id" | "sales_channels"
  >[]
  additional_data?: VendorProductsAdditionalData | null
}

export const createVendorProductsWorkflowId = "create-vendor-products"

/**
 * This workflow creates products for a co-op: in the co-op's shipping
 * profile, on the storefront sales channel, linked to the co-op, with the
 * given stock at the co-op's location. A product without a handle gets a
 * unique pinyin one from its title ("奉节脐橙 特级" → "fengjie-qicheng-teji").
 *
 * @example
 * const { result } = await createVendorProductsWorkflow(container).run({
 *   input: {
 *     vendor_id: "ven_123",
 *     products: [{ title: "奉节脐橙", status: "draft", options: [{ title: "规格", values: ["5kg"] }],
 *       variants: [{ title: "5kg", sku: "FJ-5", options: { 规格: "5kg" },
 *         prices: [{ amount: 59.9, currency_code: "cny" }] }] }],
 *     additional_data: { stock: { "FJ-5": 100 } },
 *   },
 * })
 */
export const createVendorProductsWorkflow = createWorkflow(
  createVendorProductsWorkflowId,
  (input: CreateVendorProductsWorkflowInput) => {
    const images = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      urls: input.products.flatMap((p) => [
        ...(p.images ?? []).flatMap((image) => (image.url ? [image.url] : [])),
        ...(p.thumbnail ? [p.thumbnail] : []),
      ]),
    }))
    validateProductImagesStep(images)
    const check = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      action: "create" as const,
      product_statuses: input.products.map((p) => p.status ?? "draft"),
      sets_stock: Object.keys(input.additional_data?.stock ?? {}).length > 0,
    }))
    const vendor = validateVendorCanSellStep(check)

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "query-store" })

    const handles = generateProductHandlesStep({ products: input.products })

    const productsInput = transform(
      { vendor, stores, input, handles },
      ({ vendor, stores, input, handles }) => {
        const profileId = vendor.shipping_profile_id
        const channelId = stores[0]?.default_sales_channel_id
        return {
          products: input.products.map((product, i) => ({
            ...product,
            handle: handles[i],
            ...(profileId ? { shipping_profile_id: profileId } : {}),
            ...(channelId ? { sales_channels: [{ id: channelId }] } : {}),
          })),
          additional_data: input.additional_data ?? undefined,
        }
      }
    )
    const products = createProductsWorkflow.runAsStep({ input: productsInput })

    const links = transform({ products, input }, ({ products, input }) =>
      products.map((product) => ({
        [MARKETPLACE_MODULE]: { vendor_id: input.vendor_id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    createRemoteLinkStep(links)

    when("set-initial-stock", { check }, ({ check }) => check.sets_stock).then(
      () => {
        const productIds = transform({ products }, ({ products }) =>
          products.map((p) => p.id)
        )
        const { data: variants } = useQueryGraphStep({
          entity: "product_variant",
          fields: ["id", "sku", "inventory_items.inventory_item_id"],
          filters: { product_id: productIds },
        }).config({ name: "query-created-variants" })

        const levels = transform(
          { variants, vendor, input },
          ({ variants, vendor, input }) => {
            const stock = input.additional_data?.stock ?? {}
            return {
              inventory_levels: variants
                .map((v) => ({
                  sku: v.sku,
                  inventory_item_id: v.inventory_items?.[0]?.inventory_item_id,
                }))
                .filter((v) => v.sku && v.inventory_item_id && v.sku in stock)
                .map((v) => ({
                  inventory_item_id: v.inventory_item_id as string,
                  location_id: vendor.stock_location_id as string,
                  stocked_quantity: stock[v.sku as string],
                })),
            }
          }
        )
        createInventoryLevelsWorkflow.runAsStep({ input: levels })
      }
    )

    return new WorkflowResponse(products)
  }
)
