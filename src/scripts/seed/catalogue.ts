import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type { DemoProduct, StoreSetup, VendorSetup } from "./data"

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
    ...demoImages(product),
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
      ...(variant.title_en ? { metadata: { title_en: variant.title_en } } : {}),
    })),
    metadata: {
      title_en: product.title_en,
      description_en: product.description_en,
      origin_region_code: product.origin_region_code,
      temperature_class: product.temperature_class,
    },
  }
}

/** The product's pictures and thumbnail, as product fields. */
export function demoImages(product: DemoProduct) {
  const images = product.images ?? []
  return {
    images: images.map((url) => ({ url })),
    thumbnail: images[0] ?? null,
  }
}

/** Who sells a demo product, and where it ships from. */
export type Seller = {
  vendorId: string | null
  shippingProfileId: string
  stockLocationId: string
}

/**
 * Decides, per demo product, who sells it: its co-op when the co-op is
 * seeded and approved (it then has a shipping profile and stock location),
 * otherwise the platform. Products that exist already are `adopt`ed by their
 * co-op when they are not linked to one yet (a database seeded before the
 * co-ops existed). Pure, so the mapping is unit-tested.
 */
export function planCatalogue(
  products: DemoProduct[],
  existing: { id: string; handle: string; vendor_id: string | null }[],
  setup: Pick<StoreSetup, "shippingProfileId" | "stockLocationId">,
  vendors: Map<string, VendorSetup> = new Map()
) {
  const sellerOf = (product: DemoProduct): Seller => {
    const vendor = product.vendor ? vendors.get(product.vendor) : undefined
    return vendor?.shippingProfileId && vendor.stockLocationId
      ? {
          vendorId: vendor.vendorId,
          shippingProfileId: vendor.shippingProfileId,
          stockLocationId: vendor.stockLocationId,
        }
      : {
          vendorId: null,
          shippingProfileId: setup.shippingProfileId,
          stockLocationId: setup.stockLocationId,
        }
  }
  const byHandle = new Map(existing.map((e) => [e.handle, e]))
  const create: { product: DemoProduct; seller: Seller }[] = []
  const adopt: { product: DemoProduct; productId: string; seller: Seller }[] =
    []
  for (const product of products) {
    const seller = sellerOf(product)
    const found = byHandle.get(product.handle)
    if (!found) {
      create.push({ product, seller })
    } else if (seller.vendorId && !found.vendor_id) {
      adopt.push({ product, productId: found.id, seller })
    }
  }
  return { create, adopt }
}

/**
 * Creates the demo products that do not exist yet (matched by handle), each
 * in its seller's shipping profile, linked to its co-op, and stocked at the
 * seller's location. Without `vendors` every product is platform-owned and
 * stocked at the demo stock location.
 */
export async function seedCatalogue(
  container: MedusaContainer,
  products: DemoProduct[],
  setup: StoreSetup,
  currencyCode: string,
  log: (message: string) => void,
  vendors?: Map<string, VendorSetup>
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "vendor.id", "images.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const { create, adopt } = planCatalogue(
    products,
    existing.map((p: any) => ({
      id: p.id,
      handle: p.handle,
      vendor_id: p.vendor?.id ?? null,
    })),
    setup,
    vendors
  )

  if (create.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: create.map(({ product, seller }) =>
          toProductInput(
            product,
            {
              salesChannelId: setup.salesChannelId,
              shippingProfileId: seller.shippingProfileId,
            },
            currencyCode
          )
        ),
      },
    })
    const idByHandle = new Map(result.map((p) => [p.handle, p.id]))
    for (const { product, seller } of create) {
      if (seller.vendorId) {
        await link.create({
          [MARKETPLACE_MODULE]: { vendor_id: seller.vendorId },
          [Modules.PRODUCT]: { product_id: idByHandle.get(product.handle)! },
        })
      }
    }
  }

  for (const { product, productId, seller } of adopt) {
    await link.create({
      [MARKETPLACE_MODULE]: { vendor_id: seller.vendorId! },
      [Modules.PRODUCT]: { product_id: productId },
    })
    await updateProductsWorkflow(container).run({
      input: {
        selector: { id: productId },
        update: { shipping_profile_id: seller.shippingProfileId },
      },
    })
    log(`product ${product.handle}: moved to its co-op`)
  }

  // Databases seeded before the demo had pictures get them, once.
  const pictured = new Map(products.map((p) => [p.handle, p]))
  const unpictured = existing.filter(
    (p: any) => !p.images?.length && pictured.get(p.handle)?.images?.length
  )
  for (const product of unpictured) {
    await updateProductsWorkflow(container).run({
      input: {
        selector: { id: product.id },
        update: demoImages(pictured.get(product.handle)!),
      },
    })
  }
  if (unpictured.length) {
    log(`products: added pictures to ${unpictured.length}`)
  }

  const stocked = await stockAtSellers(container, [...create, ...adopt])
  log(
    `products: created ${create.length}, moved ${adopt.length} to co-ops, kept ${
      existing.length - adopt.length
    }; stocked ${stocked} variants`
  )
}

/** Stocks each variant at its seller's location, unless it is already. */
async function stockAtSellers(
  container: MedusaContainer,
  entries: { product: DemoProduct; seller: Seller }[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = entries.flatMap(({ product, seller }) =>
    product.variants.map((v) => ({
      sku: v.sku,
      stock: v.stock,
      location_id: seller.stockLocationId,
    }))
  )
  if (!wanted.length) {
    return 0
  }
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: wanted.map((w) => w.sku) },
  })
  const levels = wanted.flatMap((w) => {
    const item = items.find((i: any) => i.sku === w.sku)
    const stocked = (item?.location_levels ?? []).some(
      (l: any) => l?.location_id === w.location_id
    )
    return item && !stocked
      ? [
          {
            inventory_item_id: item.id,
            location_id: w.location_id,
            stocked_quantity: w.stock,
          },
        ]
      : []
  })
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: levels },
    })
  }
  return levels.length
}
