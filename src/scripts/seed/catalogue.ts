import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoProduct, StoreSetup } from "./data"

/**
 * Turns one demo product from `data/demo/products.json` into the input of
 * `createProductsWorkflow`. Pure, so the mapping is unit-tested.
 */
export function toProductInput(
  product: DemoProduct,
  setup: Pick<StoreSetup, "salesChannelId" | "shippingProfileId">,
  currencyCode: string
) {
  return {
    title: product.title,
    subtitle: product.subtitle,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    options: [
      {
        title: product.weight_option,
        values: product.variants.map((variant) => variant.title),
      },
    ],
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      weight: variant.weight,
      manage_inventory: true,
      options: { [product.weight_option]: variant.title },
      prices: [{ amount: variant.price, currency_code: currencyCode }],
    })),
    metadata: {
      title_en: product.title_en,
      description_en: product.description_en,
      origin_region_code: product.origin_region_code,
      temperature_class: product.temperature_class,
    },
  }
}

/**
 * Creates the demo products that do not exist yet (matched by handle) and
 * stocks their variants at the demo stock location.
 */
export async function seedCatalogue(
  container: MedusaContainer,
  products: DemoProduct[],
  setup: StoreSetup,
  currencyCode: string,
  log: (message: string) => void
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const existingHandles = new Set(existing.map((p) => p.handle))
  const missing = products.filter((p) => !existingHandles.has(p.handle))
  if (!missing.length) {
    log(`products: kept ${existing.length}`)
    return
  }

  await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p) => toProductInput(p, setup, currencyCode)),
    },
  })

  const stockBySku = new Map(
    missing.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const))
  )
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: [...stockBySku.keys()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: setup.stockLocationId,
        stocked_quantity: stockBySku.get(item.sku as string) ?? 0,
      })),
    },
  })
  log(
    `products: created ${missing.length} with ${items.length} stocked variants`
  )
}
