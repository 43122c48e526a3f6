import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { upsertVariantPricesWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { GRADING_MODULE } from "../../../src/modules/grading"
import { ORIGIN_MODULE } from "../../../src/modules/origin"
import { readDemoFile, type DemoStore } from "../../../src/scripts/seed/data"
import { seedStore } from "../../../src/scripts/seed/store"
import { rebuildCatalogueWorkflow } from "../../../src/workflows/catalogue/workflows/rebuild-catalogue"
import { createAdminUser } from "../../helpers/auth"
import { createVendorProduct } from "../../helpers/checkout"
import { storeHeaders } from "../../helpers/demo-store"
import { registerActiveVendor } from "../../helpers/vendors"

jest.setTimeout(180 * 1000)

const DAY = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(Date.now() + days * DAY)

/** Retries `check` until it passes or `ms` have gone by; no sleeping. */
async function within<T>(ms: number, check: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > deadline) {
        throw e
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}

type Fixture = {
  key: string
  admin: Record<string, string>
  fengjie: any
  jiangjin: any
  products: Record<"premium" | "first" | "second" | "pepper", any>
}

/**
 * Two co-ops, four products:
 * - 奉节 co-op (500236), valid 奉节脐橙 authorization: 特级 129 (brand, valid
 *   绿色食品), 一级 89 (brand, expired 绿色食品), 二级 59 out of stock;
 * - 江津 co-op (500116), expired 江津花椒 authorization: pepper 45 with
 *   the brand linked and a valid 有机 certificate.
 */
async function seedFixture(container: any, api: any): Promise<Fixture> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const origin = container.resolve(ORIGIN_MODULE)
  const grading = container.resolve(GRADING_MODULE)
  const setup = await seedStore(
    container,
    readDemoFile<DemoStore>("store.json"),
    () => {}
  )
  const { headers: admin } = await createAdminUser(container)
  const { vendor: fengjie } = await registerActiveVendor(api, admin, {
    handle: "fengjie-test-coop",
    region_code: "500236",
  })
  const { vendor: jiangjin } = await registerActiveVendor(api, admin, {
    handle: "jiangjin-test-coop",
    region_code: "500116",
  })
  await origin.createOriginRegions([
    {
      code: "500000",
      name_zh: "重庆市",
      name_en: "Chongqing",
      level: "province",
    },
    {
      code: "500236",
      name_zh: "奉节县",
      name_en: "Fengjie County",
      level: "county",
      parent_code: "500000",
    },
    {
      code: "500116",
      name_zh: "江津区",
      name_en: "Jiangjin District",
      level: "county",
      parent_code: "500000",
    },
  ])
  const [fjBrand, jjBrand] = await origin.createBrands([
    {
      handle: "fengjie-navel-orange",
      name_zh: "奉节脐橙",
      name_en: "Fengjie navel orange",
      region_codes: ["500236"],
      harvest_months: [11, 12, 1, 2],
      story_zh: "三峡库区的脐橙。",
      story_en: "Navel oranges of the Three Gorges.",
    },
    {
      handle: "jiangjin-sichuan-pepper",
      name_zh: "江津花椒",
      name_en: "Jiangjin green Sichuan pepper",
      region_codes: ["500116"],
    },
  ])
  await origin.createBrandAuthorizations([
    {
      brand_id: fjBrand.id,
      vendor_id: fengjie.id,
      valid_from: at(-30),
      valid_to: at(300),
    },
    {
      brand_id: jjBrand.id,
      vendor_id: jiangjin.id,
      valid_from: at(-400),
      valid_to: at(-1),
    },
  ])
  const [green, greenExpired, organic] = await origin.createCertifications([
    {
      type: "green_food",
      number: "LB-18-23010203456A",
      issuer: "中国绿色食品发展中心",
      subject_type: "vendor",
      subject_id: fengjie.id,
      valid_from: at(-100),
      valid_to: at(200),
    },
    {
      type: "green_food",
      number: "LB-18-20010203456A",
      issuer: "中国绿色食品发展中心",
      subject_type: "vendor",
      subject_id: fengjie.id,
      valid_from: at(-800),
      valid_to: at(-2),
    },
    {
      type: "organic",
      number: "1240P2300123",
      issuer: "中绿华夏有机产品认证中心",
      subject_type: "vendor",
      subject_id: jiangjin.id,
      valid_from: at(-100),
      valid_to: at(200),
    },
  ])
  const [standard] = await grading.createGradeStandards([
    {
      code: "GB/T 21488-2008",
      title_zh: "脐橙",
      title_en: "Navel oranges",
      product_kind: "navel_orange",
      source: "GB/T 21488-2008",
      verification: "verified",
    },
  ])
  const levels = await grading.createGradeLevels(
    [
      ["premium", "特级", "Premium", 1, 80],
      ["first", "一级", "Grade I", 2, 75],
      ["second", "二级", "Grade II", 3, 70],
    ].map(([code, name_zh, name_en, rank, min]) => ({
      code,
      name_zh,
      name_en,
      rank,
      tolerance_pct: 5,
      standard_id: standard.id,
      criteria: [{ metric: "fruit_diameter_mm", min, unit: "mm" }],
    }))
  )
  const product = (vendor: any, title: string, price: number, stock: number) =>
    createVendorProduct(container, {
      vendor_id: vendor.id,
      sales_channel_id: setup.salesChannelId,
      title,
      price,
      stock,
    })
  const products = {
    premium: await product(fengjie, "奉节脐橙 特级", 129, 10),
    first: await product(fengjie, "奉节脐橙 一级", 89, 10),
    second: await product(fengjie, "奉节脐橙 二级", 59, 0),
    pepper: await product(jiangjin, "江津花椒", 45, 10),
  }
  const grades = await grading.createVariantGrades(
    (["premium", "first", "second"] as const).map((code, i) => ({
      variant_id: products[code].variant.id,
      level_id: levels[i].id,
      measured: { fruit_diameter_mm: 82 - i * 5 },
    }))
  )
  await link.create([
    ...(["premium", "first", "second"] as const).map((code, i) => ({
      [Modules.PRODUCT]: { product_variant_id: products[code].variant.id },
      [GRADING_MODULE]: { variant_grade_id: grades[i].id },
    })),
    {
      [Modules.PRODUCT]: { product_id: products.premium.product.id },
      [ORIGIN_MODULE]: { brand_id: fjBrand.id },
    },
    {
      [Modules.PRODUCT]: { product_id: products.first.product.id },
      [ORIGIN_MODULE]: { brand_id: fjBrand.id },
    },
    {
      [Modules.PRODUCT]: { product_id: products.pepper.product.id },
      [ORIGIN_MODULE]: { brand_id: jjBrand.id },
    },
    {
      [Modules.PRODUCT]: { product_id: products.premium.product.id },
      [ORIGIN_MODULE]: { certification_id: green.id },
    },
    {
      [Modules.PRODUCT]: { product_id: products.first.product.id },
      [ORIGIN_MODULE]: { certification_id: greenExpired.id },
    },
    {
      [Modules.PRODUCT]: { product_id: products.pepper.product.id },
      [ORIGIN_MODULE]: { certification_id: organic.id },
    },
  ])
  // Links made outside the claim workflows emit nothing; build the model.
  await rebuildCatalogueWorkflow(container).run()
  return { key: setup.publishableKey, admin, fengjie, jiangjin, products }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let fx: Fixture
    const get = (path: string) => api.get(path, storeHeaders(fx.key))
    const fail = (path: string) => get(path).catch((e: any) => e.response)
    const titles = (res: any) =>
      res.data.products.map((p: any) => p.title).sort()
    const counts = (values: any[]) =>
      Object.fromEntries(values.map((v) => [v.value, v.count]))

    beforeAll(async () => {
      fx = await seedFixture(getContainer(), api)
    })

    describe("GET /store/catalogue", () => {
      it("lists products with CNY prices, grade, brand, co-op and stock", async () => {
        const res = await get("/store/catalogue?sort=price_desc")
        expect(res.status).toBe(200)
        expect(res.headers["cache-control"]).toBe("public, max-age=1")
        expect(res.headers.etag).toBeDefined()
        expect(res.data).toMatchObject({ count: 4, offset: 0, limit: 20 })
        const [premium, first, second, pepper] = res.data.products
        expect(premium).toMatchObject({
          title: "奉节脐橙 特级",
          currency_code: "cny",
          min_price: 129,
          max_price: 129,
          in_stock: true,
          vendor: { id: fx.fengjie.id, handle: "fengjie-test-coop" },
          brand: { handle: "fengjie-navel-orange", name_zh: "奉节脐橙" },
          certifications: [{ type: "green_food" }],
          region_codes: ["500236", "500000"],
        })
        // A listing names the grade; the product page explains it.
        expect(premium.variants[0]).toEqual({
          id: fx.products.premium.variant.id,
          title: "5kg",
          title_en: null,
          sku: expect.any(String),
          price: 129,
          in_stock: true,
          grade: {
            level_code: "premium",
            name_zh: "特级",
            name_en: "Premium",
            rank: 1,
            standard_code: "GB/T 21488-2008",
          },
        })
        // The expired certificate is not shown; the brand claim still holds.
        expect(first.certifications).toEqual([])
        expect(first.brand.handle).toBe("fengjie-navel-orange")
        expect(second.in_stock).toBe(false)
        // 江津's authorization expired: no brand on its product.
        expect(pepper.brand).toBeNull()
        expect(pepper.certifications).toEqual([
          {
            id: expect.any(String),
            type: "organic",
            number: "1240P2300123",
            issuer: "中绿华夏有机产品认证中心",
            issuer_en: null,
            valid_to: expect.any(String),
          },
        ])
      })

      it("answers 304 to a matching If-None-Match", async () => {
        const first = await get("/store/catalogue?facets=false")
        const again = await api.get("/store/catalogue?facets=false", {
          headers: {
            ...storeHeaders(fx.key).headers,
            "if-none-match": first.headers.etag,
          },
          validateStatus: () => true,
        })
        expect(again.status).toBe(304)
      })

      it.each([
        ["grade=premium", ["奉节脐橙 特级"]],
        ["grade=premium,second", ["奉节脐橙 二级", "奉节脐橙 特级"]],
        [
          "grade_standard=GB/T 21488-2008",
          ["奉节脐橙 一级", "奉节脐橙 二级", "奉节脐橙 特级"],
        ],
        ["brand=fengjie-navel-orange", ["奉节脐橙 一级", "奉节脐橙 特级"]],
        ["brand=jiangjin-sichuan-pepper", []],
        [
          "region=500000",
          ["奉节脐橙 一级", "奉节脐橙 二级", "奉节脐橙 特级", "江津花椒"],
        ],
        ["region=500236", ["奉节脐橙 一级", "奉节脐橙 二级", "奉节脐橙 特级"]],
        ["region=500116", ["江津花椒"]],
        ["certification=green_food", ["奉节脐橙 特级"]],
        ["certification=organic", ["江津花椒"]],
        ["vendor=jiangjin-test-coop", ["江津花椒"]],
        ["q=花椒", ["江津花椒"]],
        ["category=no-such-category", []],
        [
          "grade=first&brand=fengjie-navel-orange&region=500000",
          ["奉节脐橙 一级"],
        ],
      ])("filters with %s", async (filter, expected) => {
        const res = await get(`/store/catalogue?${encodeURI(filter)}`)
        expect(titles(res)).toEqual(expected)
        expect(res.data.count).toBe(expected.length)
      })

      it("pages with limit and offset, keeping the count", async () => {
        const res = await get(
          "/store/catalogue?sort=price_asc&limit=2&offset=1&facets=false"
        )
        expect(res.data.products.map((p: any) => p.min_price)).toEqual([59, 89])
        expect(res.data.count).toBe(4)
        expect(res.data.facets).toBeUndefined()
      })

      it("counts facets for the fixture, with names", async () => {
        const { data } = await get("/store/catalogue")
        expect(counts(data.facets.grade)).toEqual({
          premium: 1,
          first: 1,
          second: 1,
        })
        expect(counts(data.facets.brand)).toEqual({ "fengjie-navel-orange": 2 })
        expect(counts(data.facets.region)).toEqual({
          "500000": 4,
          "500236": 3,
          "500116": 1,
        })
        expect(counts(data.facets.certification)).toEqual({
          green_food: 1,
          organic: 1,
        })
        expect(
          data.facets.region.find((r: any) => r.value === "500236")
        ).toMatchObject({ label_zh: "奉节县", label_en: "Fengjie County" })
        expect(
          data.facets.certification.find((c: any) => c.value === "organic")
            .label_zh
        ).toBe("有机产品")
        expect(
          data.facets.grade.find((g: any) => g.value === "premium").label_zh
        ).toBe("特级")
      })

      it("counts each facet under the other active filters", async () => {
        const { data } = await get(
          "/store/catalogue?grade=premium&region=500236"
        )
        expect(data.count).toBe(1)
        expect(counts(data.facets.grade)).toEqual({
          premium: 1,
          first: 1,
          second: 1,
        })
        expect(counts(data.facets.region)).toEqual({ "500000": 1, "500236": 1 })
        expect(counts(data.facets.brand)).toEqual({ "fengjie-navel-orange": 1 })
        expect(counts(data.facets.certification)).toEqual({ green_food: 1 })
      })

      it.each([
        ["region=50023", "region must be 6-digit GB/T 2260 codes"],
        ["certification=iso9001", "certification must be one of"],
        ["limit=1000", "limit"],
        ["sort=cheapest", "sort"],
        ["grade=<script>", "grade must be one or more codes"],
        ["colour=red", "colour"],
      ])("refuses %s with a 400 naming the field", async (filter, message) => {
        const res = await fail(`/store/catalogue?${filter}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
      })

      it("requires a publishable key", async () => {
        const res = await api
          .get("/store/catalogue")
          .catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/x-publishable-api-key/)
      })
    })

    describe("GET /store/catalogue/:handle", () => {
      it("returns the product page data by handle", async () => {
        const handle = fx.products.premium.product.handle
        const { data } = await get(`/store/catalogue/${handle}`)
        expect(data.product).toMatchObject({
          handle,
          brand: { handle: "fengjie-navel-orange" },
          variants: [
            {
              grade: {
                summary_zh: "果实横径 ≥ 80 mm",
                summary_en: "fruit diameter ≥ 80 mm",
                standard_title_zh: "脐橙",
                measured: { fruit_diameter_mm: 82 },
              },
            },
          ],
          temperature_class: "ambient",
        })
        // The product page's co-op card: public fields only, no contact.
        expect(Object.keys(data.product.vendor).sort()).toEqual([
          "description_en",
          "description_zh",
          "handle",
          "id",
          "kind",
          "logo",
          "name",
          "name_en",
          "region_code",
        ])
        expect(data.product.vendor).toMatchObject({
          id: fx.fengjie.id,
          handle: "fengjie-test-coop",
          region_code: "500236",
        })
      })

      it("names only the co-op in a listing", async () => {
        const { data } = await get("/store/catalogue?facets=false")
        for (const product of data.products) {
          expect(Object.keys(product.vendor).sort()).toEqual([
            "handle",
            "id",
            "name",
            "name_en",
          ])
        }
      })

      it("is 404 for an unknown handle", async () => {
        const res = await fail("/store/catalogue/no-such-product")
        expect(res.status).toBe(404)
        expect(res.data.message).toContain("no-such-product")
      })
    })

    describe("GET /store/products with claim filters and fields", () => {
      it.each([
        ["grade=premium", ["奉节脐橙 特级"]],
        ["grade_standard=GB/T 21488-2008&grade=first", ["奉节脐橙 一级"]],
        ["brand=fengjie-navel-orange", ["奉节脐橙 一级", "奉节脐橙 特级"]],
        ["region=500116", ["江津花椒"]],
        ["certification=green_food", ["奉节脐橙 特级"]],
      ])("filters with %s", async (filter, expected) => {
        const res = await get(
          `/store/products?${encodeURI(filter)}&fields=id,title`
        )
        expect(titles(res)).toEqual(expected)
      })

      it("refuses a malformed region with a 400 naming it", async () => {
        const res = await fail("/store/products?region=chongqing")
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("region must be 6-digit")
      })

      it("includes the brand, valid certificates and grades through fields", async () => {
        const { data } = await get(
          "/store/products?fields=id,title,*brand,*certifications,*variants.variant_grade,*variants.variant_grade.level&limit=10"
        )
        const byTitle = Object.fromEntries(
          data.products.map((p: any) => [p.title, p])
        )
        expect(byTitle["奉节脐橙 特级"].brand.handle).toBe(
          "fengjie-navel-orange"
        )
        expect(
          byTitle["奉节脐橙 特级"].certifications.map((c: any) => c.type)
        ).toEqual(["green_food"])
        expect(
          byTitle["奉节脐橙 特级"].certifications[0].evidence_url
        ).toBeUndefined()
        expect(byTitle["奉节脐橙 一级"].certifications).toEqual([])
        expect(byTitle["江津花椒"].brand).toBeNull()
        expect(
          byTitle["奉节脐橙 特级"].variants[0].variant_grade
        ).toMatchObject({
          measured: { fruit_diameter_mm: 82 },
          level: { code: "premium", name_zh: "特级" },
        })
      })

      it("checks claims on a single product too", async () => {
        const { data } = await get(
          `/store/products/${fx.products.pepper.product.id}?fields=id,*brand,*certifications`
        )
        expect(data.product.brand).toBeNull()
        expect(data.product.certifications.map((c: any) => c.type)).toEqual([
          "organic",
        ])
      })
    })

    describe("GET /store/origin-brands", () => {
      it("lists brands with regions and products whose claim holds", async () => {
        const { data } = await get("/store/origin-brands")
        const byHandle = Object.fromEntries(
          data.origin_brands.map((b: any) => [b.handle, b])
        )
        expect(data.count).toBe(2)
        expect(byHandle["fengjie-navel-orange"]).toMatchObject({
          product_count: 2,
          regions: [{ code: "500236", name_zh: "奉节县" }],
        })
        expect(byHandle["jiangjin-sichuan-pepper"].product_count).toBe(0)
      })

      it("shows a brand's story, seasons, authorized co-ops and products", async () => {
        const { data } = await get("/store/origin-brands/fengjie-navel-orange")
        expect(data.origin_brand).toMatchObject({
          name_zh: "奉节脐橙",
          story_zh: "三峡库区的脐橙。",
          harvest_months: [11, 12, 1, 2],
          vendors: [{ id: fx.fengjie.id, handle: "fengjie-test-coop" }],
          product_count: 2,
        })
        expect(data.origin_brand.authorizations).toBeUndefined()
        expect(
          data.origin_brand.products.map((p: any) => p.title).sort()
        ).toEqual(["奉节脐橙 一级", "奉节脐橙 特级"])
        const jj = await get("/store/origin-brands/jiangjin-sichuan-pepper")
        expect(jj.data.origin_brand).toMatchObject({
          vendors: [],
          products: [],
        })
      })

      it("is 404 for an unknown brand and 400 for a bad type", async () => {
        expect((await fail("/store/origin-brands/nope")).status).toBe(404)
        const bad = await fail("/store/origin-brands?type=famous")
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("type")
      })
    })

    describe("freshness", () => {
      const listing = async () =>
        (await get("/store/catalogue?facets=false&limit=50")).data.products
      const find = async (id: string) =>
        (await listing()).find((p: any) => p.id === id)

      it("shows a price change made through the admin within 2 s", async () => {
        const { product, variant } = fx.products.premium
        await api.post(
          `/admin/products/${product.id}/variants/${variant.id}`,
          { prices: [{ amount: 139, currency_code: "cny" }] },
          { headers: fx.admin }
        )
        await within(2000, async () => {
          expect((await find(product.id)).min_price).toBe(139)
        })
      })

      it("shows a price change without an event (pricing workflow) within 2 s", async () => {
        const { product, variant } = fx.products.first
        await upsertVariantPricesWorkflow(getContainer()).run({
          input: {
            variantPrices: [
              {
                variant_id: variant.id,
                product_id: product.id,
                prices: [{ amount: 79, currency_code: "cny" }],
              },
            ],
            previousVariantIds: [variant.id],
          },
        })
        await within(2000, async () => {
          expect((await find(product.id)).min_price).toBe(79)
        })
      })

      it("keeps refreshing every co-op's products when one is priced 1e308 in the database", async () => {
        // Written past the routes' price rule, as an old bad price would be:
        // it once overflowed the read model's real column and froze every
        // refresh after it. The point is that refreshes go on, not the 2 s
        // budget, hence the wider wait.
        const setPrice = (
          { product, variant }: { product: any; variant: any },
          amount: number
        ) =>
          upsertVariantPricesWorkflow(getContainer()).run({
            input: {
              variantPrices: [
                {
                  variant_id: variant.id,
                  product_id: product.id,
                  prices: [{ amount, currency_code: "cny" }],
                },
              ],
              previousVariantIds: [variant.id],
            },
          })
        await setPrice(fx.products.first, 1e308)
        await setPrice(fx.products.pepper, 48)
        await within(10_000, async () => {
          expect((await find(fx.products.pepper.product.id)).min_price).toBe(48)
          expect((await find(fx.products.first.product.id)).min_price).toBe(
            1e308
          )
        })
        await setPrice(fx.products.first, 88)
        await within(10_000, async () => {
          expect((await find(fx.products.first.product.id)).min_price).toBe(88)
        })
      })

      it("shows a stock change within 2 s", async () => {
        const { product, inventory_item_id } = fx.products.premium
        const { data: vendors } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "vendor",
            fields: ["stock_location.id"],
            filters: { id: fx.fengjie.id },
          })
        const location = vendors[0].stock_location!.id
        await api.post(
          `/admin/inventory-items/${inventory_item_id}/location-levels/${location}`,
          { stocked_quantity: 0 },
          { headers: fx.admin }
        )
        await within(2000, async () => {
          expect((await find(product.id)).in_stock).toBe(false)
        })
      })

      it("drops an unpublished product within 2 s", async () => {
        const { product } = fx.products.second
        await api.post(
          `/admin/products/${product.id}`,
          { status: "draft" },
          { headers: fx.admin }
        )
        await within(2000, async () => {
          expect(await find(product.id)).toBeUndefined()
        })
        expect((await fail(`/store/catalogue/${product.handle}`)).status).toBe(
          404
        )
      })

      it("drops a suspended co-op's products within 2 s", async () => {
        await api.post(
          `/admin/vendors/${fx.fengjie.id}/suspend`,
          { reason: "食品安全抽检不合格 / failed a food-safety check" },
          { headers: fx.admin }
        )
        await within(2000, async () => {
          expect((await listing()).map((p: any) => p.title)).toEqual([
            "江津花椒",
          ])
        })
      })
    })
  },
})
