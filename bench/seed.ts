import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import seedDemo from "../src/scripts/seed-demo"
import { GRADING_MODULE } from "../src/modules/grading"
import { MARKETPLACE_MODULE } from "../src/modules/marketplace"
import { ORIGIN_MODULE } from "../src/modules/origin"
import { creditCodeCheckChar } from "../src/modules/marketplace/utils/credit-code"
import {
  changeVendorStatusWorkflow,
  createVendorWorkflow,
} from "../src/workflows/marketplace"

/**
 * The benchmark dataset, on top of the demo data: about 50 approved co-ops
 * (the demo's plus generated ones), each with an origin brand it is
 * authorised for and a 绿色食品 certificate; N products with three graded
 * variants (特级 / 一级 / 二级) spread over the co-ops, priced in CNY and
 * stocked at the co-op's location; and pickup points when the pickup module
 * is installed.
 *
 * Products go through `createProductsWorkflow` in large batches (prices,
 * inventory items, sales channel and events as in production); links,
 * grades and stock levels go in one batch call each per product batch.
 * Resumable: products carry handles `bench-000001`…, and a rerun creates
 * only the batches that are missing.
 *
 *   BENCH_PRODUCTS=10000 npx medusa exec ./bench/seed.ts
 *
 * Env: BENCH_PRODUCTS (10000), BENCH_COOPS (50), BENCH_PICKUP_POINTS
 * (10000), BENCH_BATCH (250), BENCH_SEED_OUT (a JSON file for the stats).
 */
const BENCH_PASSWORD = "tiantou-bench-2026"
const GRADES = [
  { code: "premium", label: "特级", factor: 1.35 },
  { code: "first", label: "一级", factor: 1 },
  { code: "second", label: "二级", factor: 0.75 },
]
const GRADE_OPTION = "等级 / Grade"

type Coop = {
  vendorId: string
  handle: string
  name: string
  stockLocationId: string
  shippingProfileId: string
  brandId: string | null
  certificationId: string | null
  regionCode: string
}

export default async function seedBench({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = (message: string) => logger.info(`[bench-seed] ${message}`)
  const target = Number(process.env.BENCH_PRODUCTS || 10000)
  const coopTarget = Number(process.env.BENCH_COOPS || 50)
  const pointTarget = Number(process.env.BENCH_PICKUP_POINTS || 10000)
  const batchSize = Number(process.env.BENCH_BATCH || 250)
  const stats: Record<string, unknown> = { products_target: target }

  const t0 = Date.now()
  try {
    await seedDemo({ container, args } as ExecArgs)
  } catch (error) {
    // The demo seed ends with a catalogue rebuild; the bench rebuilds again
    // at the end, so only a failure there is tolerated here.
    if (!/catalogue/i.test(String((error as Error)?.message))) {
      throw error
    }
    stats.catalogue_error = String((error as Error).message).slice(0, 300)
    log(
      `demo seed's catalogue rebuild failed; continuing: ${stats.catalogue_error}`
    )
  }
  stats.demo_seed_s = (Date.now() - t0) / 1000

  const setup = await storeSetup(container)
  const t1 = Date.now()
  const coops = await ensureCoops(container, coopTarget, log)
  stats.coops = coops.length
  stats.coops_s = (Date.now() - t1) / 1000

  const t2 = Date.now()
  const created = await ensureProducts(
    container,
    target,
    batchSize,
    coops,
    setup,
    log
  )
  const productSeconds = (Date.now() - t2) / 1000
  stats.products_created = created
  stats.products_s = productSeconds
  stats.products_per_s = created ? created / productSeconds : null

  const t3 = Date.now()
  stats.pickup_points = await ensurePickupPoints(container, pointTarget, log)
  stats.pickup_s = (Date.now() - t3) / 1000

  try {
    stats.catalogue_rebuild_s = await rebuildCatalogue(container, log)
  } catch (error) {
    stats.catalogue_error = String((error as Error)?.message).slice(0, 300)
    log(
      `catalogue rebuild failed; the read model is stale: ${stats.catalogue_error}`
    )
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: setup.storeId },
      update: {
        metadata: {
          ...(setup.storeMetadata ?? {}),
          tiantou_bench: {
            products: target,
            coops: coops.length,
            pickup_points: stats.pickup_points,
            seeded_at: new Date().toISOString(),
          },
        },
      },
    },
  })
  stats.total_s = (Date.now() - t0) / 1000
  log(JSON.stringify(stats))
  if (process.env.BENCH_SEED_OUT) {
    fs.writeFileSync(process.env.BENCH_SEED_OUT, JSON.stringify(stats, null, 2))
  }
}

async function storeSetup(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const store = JSON.parse(
    fs.readFileSync(path.resolve("data", "demo", "store.json"), "utf8")
  )
  const {
    data: [channel],
  } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: store.sales_channel.name },
  })
  const {
    data: [storeRow],
  } = await query.graph({ entity: "store", fields: ["id", "metadata"] })
  return {
    storeId: storeRow.id as string,
    storeMetadata: storeRow.metadata as Record<string, unknown> | null,
    salesChannelId: channel.id as string,
    currency: store.region.currency_code as string,
  }
}

/** Chongqing counties with a brand, for generated co-ops' region and brand. */
function brandCatalogue() {
  const { brands } = JSON.parse(
    fs.readFileSync(path.resolve("data", "origin", "brands.json"), "utf8")
  )
  return (brands as { handle: string; region_codes: string[] }[]).filter(
    (b) => b.region_codes[0] !== "500000"
  )
}

function creditCode(regionCode: string, serial: number) {
  const body = `93${regionCode}BN${String(serial).padStart(7, "0")}`
  return body + creditCodeCheckChar(body)
}

/** Brings the approved co-ops up to `target`, each with brand and certificate. */
async function ensureCoops(
  container: MedusaContainer,
  target: number,
  log: (message: string) => void
): Promise<Coop[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const auth = container.resolve(Modules.AUTH)
  const origin: any = container.resolve(ORIGIN_MODULE)
  const brands = brandCatalogue()
  const listCoops = async () =>
    (
      await query.graph({
        entity: "vendor",
        fields: [
          "id",
          "handle",
          "name",
          "status",
          "region_code",
          "shipping_profile.id",
          "stock_location.id",
        ],
      })
    ).data as any[]

  let vendors = (await listCoops()).filter((v) => v.status === "active")
  for (let i = 1; vendors.length < target; i++) {
    const handle = `bench-coop-${String(i).padStart(3, "0")}`
    if (vendors.some((v) => v.handle === handle)) {
      continue
    }
    const brand = brands[i % brands.length]
    const region = brand.region_codes[0]
    const email = `owner@${handle}.bench.example`
    let [identity] = await auth.listProviderIdentities({
      entity_id: email,
      provider: "emailpass",
    })
    let authIdentityId = identity?.auth_identity_id
    if (!authIdentityId) {
      const registered = await auth.register("emailpass", {
        body: { email, password: BENCH_PASSWORD },
      })
      if (!registered.success || !registered.authIdentity) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Could not register ${email}: ${registered.error}`
        )
      }
      authIdentityId = registered.authIdentity.id
    }
    const existing = (await listCoops()).find((v) => v.handle === handle)
    let vendorId = existing?.id
    if (!vendorId) {
      await createVendorWorkflow(container).run({
        input: {
          auth_identity_id: authIdentityId,
          vendor: {
            name: `基准测试合作社 ${i} 号 (${brand.handle})`,
            handle,
            kind: "cooperative",
            credit_code: creditCode(region, i),
            region_code: region,
            contact: { name: "测试员", phone: "023-0000-0000" },
            address: null,
            description_zh: "基准测试数据，非真实合作社。",
            description_en: "Benchmark data; not a real co-op.",
          },
          owner: { email, name: "测试员" },
        } as any,
      })
      vendorId = (await listCoops()).find((v) => v.handle === handle).id
    }
    await changeVendorStatusWorkflow(container).run({
      input: {
        vendor_id: vendorId,
        action: "approve",
        reason: "基准测试数据 / Benchmark data",
        actor_id: "system:bench-seed",
      },
    })
    vendors = (await listCoops()).filter((v) => v.status === "active")
    if (i % 10 === 0) {
      log(`co-ops: ${vendors.length}/${target}`)
    }
  }
  vendors = vendors.slice(0, target)

  // One brand authorization and one 绿色食品 certificate per co-op.
  const allBrands = await origin.listBrands({}, { select: ["id", "handle"] })
  const brandId = new Map(allBrands.map((b: any) => [b.handle, b.id]))
  const auths = await origin.listBrandAuthorizations(
    { vendor_id: vendors.map((v) => v.id) },
    { select: ["id", "vendor_id", "brand_id"] }
  )
  const certs = await origin.listCertifications(
    { subject_type: "vendor", subject_id: vendors.map((v) => v.id) },
    { select: ["id", "subject_id"] }
  )
  const now = new Date()
  const inTwoYears = new Date(now.getTime() + 2 * 365 * 86400000)
  const lastYear = new Date(now.getTime() - 365 * 86400000)
  const newAuths: any[] = []
  const newCerts: any[] = []
  vendors.forEach((v, i) => {
    const brand =
      brands.find((b) => b.region_codes.includes(v.region_code)) ??
      brands[i % brands.length]
    if (!auths.some((a: any) => a.vendor_id === v.id)) {
      newAuths.push({
        vendor_id: v.id,
        brand_id: brandId.get(brand.handle),
        valid_from: lastYear,
        valid_to: inTwoYears,
        note: "基准测试数据 / Benchmark data",
      })
    }
    if (!certs.some((c: any) => c.subject_id === v.id)) {
      newCerts.push({
        type: "green_food",
        number: `GF${v.region_code}25${String(i + 1).padStart(4, "0")}`,
        issuer: "中国绿色食品发展中心（基准测试数据）",
        subject_type: "vendor",
        subject_id: v.id,
        valid_from: lastYear,
        valid_to: inTwoYears,
      })
    }
  })
  if (newAuths.length) {
    await origin.createBrandAuthorizations(newAuths)
  }
  if (newCerts.length) {
    await origin.createCertifications(newCerts)
  }
  const allAuths = await origin.listBrandAuthorizations(
    { vendor_id: vendors.map((v) => v.id) },
    { select: ["id", "vendor_id", "brand_id"] }
  )
  const allCerts = await origin.listCertifications(
    { subject_type: "vendor", subject_id: vendors.map((v) => v.id) },
    { select: ["id", "subject_id"] }
  )
  log(`co-ops ready: ${vendors.length}`)
  return vendors.map((v) => ({
    vendorId: v.id,
    handle: v.handle,
    name: v.name,
    stockLocationId: v.stock_location?.id,
    shippingProfileId: v.shipping_profile?.id,
    brandId: allAuths.find((a: any) => a.vendor_id === v.id)?.brand_id ?? null,
    certificationId:
      allCerts.find((c: any) => c.subject_id === v.id)?.id ?? null,
    regionCode: v.region_code,
  }))
}

/** Demo product kinds the generated titles borrow from. */
function productKinds() {
  const { products } = JSON.parse(
    fs.readFileSync(path.resolve("data", "demo", "products.json"), "utf8")
  )
  return products
    .filter((p: any) => p.temperature_class === "ambient")
    .map((p: any) => ({
      title: p.title as string,
      title_en: p.title_en as string,
      origin: p.origin_region_code as string,
      price: Math.round(p.variants[0].price),
    }))
}

export const benchHandle = (n: number) => `bench-${String(n).padStart(6, "0")}`

async function ensureProducts(
  container: MedusaContainer,
  target: number,
  batchSize: number,
  coops: Coop[],
  setup: Awaited<ReturnType<typeof storeSetup>>,
  log: (message: string) => void
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const grading: any = container.resolve(GRADING_MODULE)
  const kinds = productKinds()
  const levels = await grading.listGradeLevels(
    {},
    { select: ["id", "code", "standard_id"] }
  )
  const standards = await grading.listGradeStandards(
    { status: "active" },
    { select: ["id", "code"], relations: ["levels"] }
  )
  const threeLevel = standards.filter((s: any) => s.levels.length >= 3)
  if (!threeLevel.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No grade standard with three levels; did the demo seed run?"
    )
  }
  const levelId = (standardId: string, code: string) =>
    levels.find((l: any) => l.standard_id === standardId && l.code === code)?.id

  let created = 0
  const started = Date.now()
  for (let start = 1; start <= target; start += batchSize) {
    const numbers = Array.from(
      { length: Math.min(batchSize, target - start + 1) },
      (_, k) => start + k
    )
    const handles = numbers.map(benchHandle)
    const existing = await productModule.listProducts(
      { handle: handles },
      { select: ["id", "handle"], take: handles.length }
    )
    const have = new Set(existing.map((p) => p.handle))
    const missing = numbers.filter((n) => !have.has(benchHandle(n)))
    if (!missing.length) {
      continue
    }
    const plan = missing.map((n) => {
      const coop = coops[n % coops.length]
      const kind = kinds[n % kinds.length]
      const standard = threeLevel[n % threeLevel.length]
      return { n, coop, kind, standard }
    })
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: plan.map(({ n, coop, kind }) => ({
          title: `${kind.title} · ${coop.name.slice(0, 12)} ${n} 号`,
          subtitle: kind.title_en,
          handle: benchHandle(n),
          description: `基准测试商品 ${n}：${kind.title}。Benchmark product ${n}: ${kind.title_en}.`,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: coop.shippingProfileId,
          sales_channels: [{ id: setup.salesChannelId }],
          options: [
            { title: GRADE_OPTION, values: GRADES.map((g) => g.label) },
          ],
          variants: GRADES.map((g) => ({
            title: g.label,
            sku: `BENCH-${String(n).padStart(6, "0")}-${g.code.toUpperCase()}`,
            manage_inventory: true,
            options: { [GRADE_OPTION]: g.label },
            prices: [
              {
                amount:
                  Math.round((kind.price + (n % 17)) * g.factor * 10) / 10,
                currency_code: setup.currency,
              },
            ],
          })),
          metadata: {
            title_en: `${kind.title_en} #${n}`,
            origin_region_code: coop.regionCode ?? kind.origin,
            temperature_class: "ambient",
            bench: true,
          },
        })),
      },
    })
    const { data: withItems } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "variants.id",
        "variants.title",
        "variants.inventory_items.inventory_item_id",
      ],
      filters: { id: result.map((p: any) => p.id) },
    })
    const byHandle = new Map(withItems.map((p: any) => [p.handle, p]))

    const links: any[] = []
    const grades: any[] = []
    const stock: any[] = []
    for (const { n, coop, standard } of plan) {
      const product: any = byHandle.get(benchHandle(n))
      links.push({
        [MARKETPLACE_MODULE]: { vendor_id: coop.vendorId },
        [Modules.PRODUCT]: { product_id: product.id },
      })
      if (coop.brandId && n % 10 < 7) {
        links.push({
          [Modules.PRODUCT]: { product_id: product.id },
          [ORIGIN_MODULE]: { brand_id: coop.brandId },
        })
      }
      if (coop.certificationId && n % 3 === 0) {
        links.push({
          [Modules.PRODUCT]: { product_id: product.id },
          [ORIGIN_MODULE]: { certification_id: coop.certificationId },
        })
      }
      for (const variant of product.variants) {
        const grade = GRADES.find((g) => g.label === variant.title)!
        grades.push({
          variant_id: variant.id,
          level_id: levelId(standard.id, grade.code),
          measured: {},
          declared_by: "system:bench-seed",
        })
        stock.push({
          inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id,
          location_id: coop.stockLocationId,
          stocked_quantity: 1000000,
        })
      }
    }
    const createdGrades = await grading.createVariantGrades(grades)
    for (const g of createdGrades) {
      links.push({
        [Modules.PRODUCT]: { product_variant_id: g.variant_id },
        [GRADING_MODULE]: { variant_grade_id: g.id },
      })
    }
    await link.create(links)
    await stockLevels(container, stock)
    created += plan.length
    const rate = created / ((Date.now() - started) / 1000)
    log(
      `products ${start + numbers.length - 1}/${target} (${created} new, ${rate.toFixed(1)}/s)`
    )
  }
  return created
}

/** Inventory levels; items are looked up by variant when the result lacks them. */
async function stockLevels(container: MedusaContainer, levels: any[]) {
  if (levels.some((l) => !l.inventory_item_id)) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "createProductsWorkflow returned variants without inventory items"
    )
  }
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: levels },
  })
}

/**
 * ~N pickup points over Chongqing's main urban area, each with an ambient
 * and a chilled zone, when the pickup module (issue #5) is installed.
 */
async function ensurePickupPoints(
  container: MedusaContainer,
  target: number,
  log: (message: string) => void
) {
  if (!container.hasRegistration("pickup")) {
    log("pickup module not installed; no pickup points")
    return 0
  }
  const pickup: any = container.resolve("pickup")
  const [, count] = await pickup.listAndCountPickupPoints(
    { handle: { $like: "bench-pt-%" } },
    { select: ["id"], take: 1 }
  )
  const types = ["community_store", "property_office", "locker", "station"]
  const districts = [
    "500103",
    "500104",
    "500105",
    "500106",
    "500107",
    "500108",
    "500112",
  ]
  for (let start = count + 1; start <= target; start += 1000) {
    const batch = Array.from(
      { length: Math.min(1000, target - start + 1) },
      (_, k) => start + k
    ).map((n) => ({
      handle: `bench-pt-${String(n).padStart(6, "0")}`,
      name_zh: `基准自提点 ${n} 号`,
      name_en: `Bench pickup point ${n}`,
      type: types[n % types.length],
      address_zh: `重庆市 基准测试地址 ${n} 号`,
      address_en: null,
      district_code: districts[n % districts.length],
      // A deterministic spread over 29.40–29.80 N, 106.30–106.80 E.
      lat: 29.4 + ((n * 7919) % 4000) / 10000,
      lng: 106.3 + ((n * 104729) % 5000) / 10000,
      opening_hours: [
        { days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" },
      ],
      contact_name: "站长",
      contact_phone: "023-0000-0000",
      status: "active",
    }))
    const points = await pickup.createPickupPoints(batch)
    await pickup.createPickupZones(
      points.flatMap((p: any) => [
        { point_id: p.id, zone: "ambient", compartments: 200 },
        { point_id: p.id, zone: "chilled", compartments: 40 },
      ])
    )
    log(`pickup points ${start + batch.length - 1}/${target}`)
  }
  return target
}

/**
 * Rebuilds the catalogue read model (issue #7) once at the end, as a bulk
 * import should: link, grade and stock changes made in bulk emit no events.
 * The product and stock events the import does emit only mark ids stale
 * (one upsert each, see src/subscribers/catalogue-refresh.ts); the rebuild
 * clears those marks. Skipped when the catalogue module is not installed.
 */
async function rebuildCatalogue(
  container: MedusaContainer,
  log: (message: string) => void
) {
  if (!container.hasRegistration("catalogue")) {
    log("catalogue module not installed; no read model to rebuild")
    return null
  }
  const t0 = Date.now()
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rebuildCatalogueWorkflow } = require("../src/workflows/catalogue")
  await rebuildCatalogueWorkflow(container).run()
  const seconds = (Date.now() - t0) / 1000
  log(`catalogue read model rebuilt in ${seconds.toFixed(1)} s`)
  return seconds
}
