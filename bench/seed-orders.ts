import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import VendorProductLink from "../src/links/vendor-product"
import { MARKETPLACE_MODULE } from "../src/modules/marketplace"
import type MarketplaceModuleService from "../src/modules/marketplace/service"
import { refreshVendorOrderStagesWorkflow } from "../src/workflows/vendor-orders"

/**
 * A big order book for one co-op, for the co-op order list's bench: real
 * orders made with the Order Module's service in batches (items, shipping
 * method, address and summary as Medusa stores them), linked to the co-op
 * and given their stored stage by the same workflow the app uses. Skips
 * checkout (carts, payments, stock), which the list does not read, so 10,000
 * orders take minutes instead of hours. Resumable: it tops up to the target.
 *
 *   BENCH_VENDOR_EMAIL=… BENCH_VENDOR_ORDERS=10000 npx medusa exec ./bench/seed-orders.ts
 *
 * Env: BENCH_VENDOR_EMAIL (a member of the co-op), BENCH_VENDOR_ORDERS
 * (10000), BENCH_ORDER_BATCH (250), BENCH_SEED_OUT (a JSON file for stats).
 */
export default async function seedBenchOrders({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = (message: string) => logger.info(`[bench-orders] ${message}`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const orders = container.resolve(Modules.ORDER)
  const marketplace =
    container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const target = Number(process.env.BENCH_VENDOR_ORDERS || 10000)
  const batch = Number(process.env.BENCH_ORDER_BATCH || 250)
  const email = process.env.BENCH_VENDOR_EMAIL

  const [member] = await marketplace.listVendorMembers({ email })
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No co-op member "${email}" to seed orders for.`
    )
  }
  const vendorId = member.vendor_id as string
  const { count: existing } = await marketplace.listVendorOrderPage(vendorId, {
    skip: 0,
    take: 1,
  })
  const { data: links } = await query.graph({
    entity: VendorProductLink.entryPoint,
    fields: ["product.id", "product.title", "product.variants.id"],
    filters: { vendor_id: vendorId },
    pagination: { take: 5, skip: 0 },
  })
  const products = links
    .map((l: any) => l.product)
    .filter((p: any) => p?.variants?.length)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { currency_code: "cny" },
  })
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
  })
  if (!products.length || !regions.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op "${vendorId}" has no product with variants, or there is no CNY region.`
    )
  }

  const t0 = Date.now()
  let created = 0
  for (let n = existing; n < target; n += batch) {
    const size = Math.min(batch, target - n)
    const data = Array.from({ length: size }, (_, i) => {
      const product = products[(n + i) % products.length]
      return {
        region_id: regions[0].id,
        sales_channel_id: channels[0]?.id,
        currency_code: "cny",
        email: `bench-shopper-${(n + i) % 500}@example.com`,
        status: "pending" as const,
        shipping_address: {
          first_name: "测试",
          last_name: "顾客",
          address_1: "解放碑步行街 1 号",
          city: "重庆",
          province: "重庆市",
          postal_code: "400010",
          country_code: "cn",
          phone: "13800000000",
        },
        items: [
          {
            title: product.title,
            product_id: product.id,
            variant_id: product.variants[0].id,
            quantity: 1 + ((n + i) % 3),
            unit_price: 69.9,
          },
        ],
        shipping_methods: [{ name: "顺丰冷链 / SF cold chain", amount: 12 }],
      }
    })
    const made = await orders.createOrders(data as any)
    const ids = made.map((o: { id: string }) => o.id)
    await link.create(
      ids.map((order_id: string) => ({
        [MARKETPLACE_MODULE]: { vendor_id: vendorId },
        [Modules.ORDER]: { order_id },
      }))
    )
    await refreshVendorOrderStagesWorkflow(container).run({
      input: { order_ids: ids },
    })
    created += ids.length
    log(`${n + size}/${target} orders`)
  }
  if (created) {
    // Autovacuum would get there in production; right after a bulk insert
    // the planner still thinks the table is empty and reads the heap.
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw("VACUUM ANALYZE vendor_order_stage")
  }
  const stats = {
    vendor_id: vendorId,
    orders_existing: existing,
    orders_created: created,
    orders_s: (Date.now() - t0) / 1000,
  }
  log(JSON.stringify(stats))
  if (process.env.BENCH_SEED_OUT) {
    fs.writeFileSync(process.env.BENCH_SEED_OUT, JSON.stringify(stats))
  }
}
