import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CATALOGUE_MODULE } from ".."
import { CatalogueProduct, CatalogueStale } from "../models"
import CatalogueModuleService from "../service"
import type { CatalogueRow } from "../types"

jest.setTimeout(60 * 1000)

const DAY = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const VALID = { from: at(-30), to: at(300) }
const EXPIRED = { from: at(-400), to: at(-1) }

const cert = (id: string, type: string, validTo = at(200)) => ({
  id,
  type,
  number: `N-${id}`,
  issuer: "中国绿色食品发展中心",
  valid_from: at(-100),
  valid_to: validTo,
})

const grade = (code: string, name_zh: string, rank: number) => ({
  code,
  name_zh,
  name_en: code,
  rank,
})

function row(overrides: Partial<CatalogueRow> & { id: string }): CatalogueRow {
  return {
    handle: overrides.id,
    title: `商品 ${overrides.id}`,
    title_en: null,
    thumbnail: null,
    images: [],
    description: null,
    description_en: null,
    vendor_id: "ven_fj",
    vendor_handle: "fengjie-coop",
    vendor_name: "奉节夔门脐橙合作社",
    vendor_status: "active",
    vendor: {
      id: "ven_fj",
      handle: "fengjie-coop",
      name: "奉节夔门脐橙合作社",
      kind: "cooperative",
      region_code: "500236",
      description_zh: "奉节县的脐橙合作社",
      description_en: "A navel-orange co-op in Fengjie",
      logo: null,
    },
    temperature_class: "ambient",
    brand_id: null,
    brand_handle: null,
    brand: null,
    brand_windows: [],
    brand_region_codes: [],
    region_codes: ["500236", "500000"],
    category_ids: [],
    category_handles: [],
    sales_channel_ids: ["sc_store"],
    grade_codes: [],
    grade_standard_codes: [],
    grades: [],
    certifications: [],
    min_price: 50,
    max_price: 50,
    in_stock: true,
    variants: [],
    search_text: overrides.id,
    product_created_at: at(-10),
    ...overrides,
  }
}

const fengjieBrand = {
  brand_id: "brnd_fj",
  brand_handle: "fengjie-navel-orange",
  brand: {
    id: "brnd_fj",
    handle: "fengjie-navel-orange",
    type: "regional_public",
    name_zh: "奉节脐橙",
    name_en: "Fengjie navel orange",
  },
  brand_region_codes: ["500236", "500000"],
}

/**
 * Five products: three Fengjie oranges (特级 with a valid brand claim and a
 * valid green-food certificate, 一级 with an expired claim and an expired
 * certificate, 二级 without claims), a Liangping pomelo of a suspended
 * co-op, and Jiangjin pepper with a valid organic certificate.
 */
const FIXTURE: CatalogueRow[] = [
  row({
    id: "prod_fj_premium",
    ...fengjieBrand,
    brand_windows: [VALID],
    grade_codes: ["premium"],
    grade_standard_codes: ["GB/T 21488-2008"],
    grades: [grade("premium", "特级", 1)],
    certifications: [cert("cert_green", "green_food")],
    min_price: 129,
    max_price: 129,
    search_text: "奉节脐橙 特级 fengjie navel orange",
    product_created_at: at(-1),
  }),
  row({
    id: "prod_fj_first",
    ...fengjieBrand,
    brand_windows: [EXPIRED],
    grade_codes: ["first"],
    grade_standard_codes: ["GB/T 21488-2008"],
    grades: [grade("first", "一级", 2)],
    certifications: [cert("cert_old", "green_food", at(-2))],
    min_price: 89,
    max_price: 99,
    product_created_at: at(-2),
  }),
  row({
    id: "prod_fj_second",
    grade_codes: ["second"],
    grade_standard_codes: ["GB/T 21488-2008"],
    grades: [grade("second", "二级", 3)],
    min_price: 59,
    max_price: 59,
    in_stock: false,
    product_created_at: at(-3),
  }),
  row({
    id: "prod_lp_pomelo",
    vendor_id: "ven_lp",
    vendor_handle: "liangping-coop",
    vendor_status: "suspended",
    region_codes: ["500155", "500000"],
    grade_codes: ["premium"],
    grade_standard_codes: ["NY/T 1270"],
    grades: [grade("premium", "特级", 1)],
  }),
  row({
    id: "prod_jj_pepper",
    vendor_id: "ven_jj",
    vendor_handle: "jiangjin-coop",
    region_codes: ["500116", "500000"],
    certifications: [cert("cert_org", "organic")],
    category_ids: ["pcat_spice"],
    category_handles: ["spices"],
    min_price: 38,
    max_price: 45,
    product_created_at: at(-4),
  }),
]

const PAGE = { sort: "newest" as const, limit: 20, offset: 0 }

moduleIntegrationTestRunner<CatalogueModuleService>({
  moduleName: CATALOGUE_MODULE,
  moduleModels: [CatalogueProduct, CatalogueStale],
  resolve: "./src/modules/catalogue",
  pathToMigrations: "./src/modules/catalogue/migrations",
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await service.replaceCatalogueRows(FIXTURE, [])
    })

    const ids = async (filters: Record<string, unknown>, page = PAGE) =>
      (await service.listCatalogue(filters, page)).rows.map((r) => r.id)

    describe("listCatalogue", () => {
      it("lists products of selling co-ops, newest first, with the total", async () => {
        const page = await service.listCatalogue({}, PAGE)
        expect(page.rows.map((r) => r.id)).toEqual([
          "prod_fj_premium",
          "prod_fj_first",
          "prod_fj_second",
          "prod_jj_pepper",
        ])
        expect(page.count).toBe(4)
        expect(page.rows[0].variants).toEqual([])
        expect(page.rows[0].region_codes).toEqual(["500236", "500000"])
      })

      it("pages and sorts by price, keeping the total", async () => {
        const page = await service.listCatalogue(
          {},
          {
            sort: "price_asc",
            limit: 2,
            offset: 1,
          }
        )
        expect(page.rows.map((r) => r.id)).toEqual([
          "prod_fj_second",
          "prod_fj_first",
        ])
        expect(page.count).toBe(4)
        const past = await service.listCatalogue({}, { ...PAGE, offset: 10 })
        expect(past).toEqual({ rows: [], count: 4 })
      })

      it("filters by grade level and grade standard", async () => {
        expect(await ids({ grade: ["premium"] })).toEqual(["prod_fj_premium"])
        expect(await ids({ grade: ["premium", "second"] })).toEqual([
          "prod_fj_premium",
          "prod_fj_second",
        ])
        expect(
          await ids({ grade_standard: ["GB/T 21488-2008"], grade: ["first"] })
        ).toEqual(["prod_fj_first"])
      })

      it("filters by region including descendants: 500000 contains 500236", async () => {
        expect(await ids({ region: ["500000"] })).toHaveLength(4)
        expect(await ids({ region: ["500236"] })).toEqual([
          "prod_fj_premium",
          "prod_fj_first",
          "prod_fj_second",
        ])
        expect(await ids({ region: ["500116"] })).toEqual(["prod_jj_pepper"])
        expect(await ids({ region: ["510000"] })).toEqual([])
      })

      it("shows a brand only while the co-op's authorization is valid, checked at query time", async () => {
        expect(await ids({ brand: ["fengjie-navel-orange"] })).toEqual([
          "prod_fj_premium",
        ])
      })

      it("matches a certification only while it is valid, checked at query time", async () => {
        expect(await ids({ certification: ["green_food"] })).toEqual([
          "prod_fj_premium",
        ])
        expect(await ids({ certification: ["organic", "green_food"] })).toEqual(
          ["prod_fj_premium", "prod_jj_pepper"]
        )
      })

      it("filters by co-op handle or id, category handle or id, text and sales channel", async () => {
        expect(await ids({ vendor: ["jiangjin-coop"] })).toEqual([
          "prod_jj_pepper",
        ])
        expect(await ids({ vendor: ["ven_jj"] })).toEqual(["prod_jj_pepper"])
        expect(await ids({ category: ["spices"] })).toEqual(["prod_jj_pepper"])
        expect(await ids({ category: ["pcat_spice"] })).toEqual([
          "prod_jj_pepper",
        ])
        expect(await ids({ q: "Navel" })).toEqual(["prod_fj_premium"])
        expect(await ids({ q: "100%" })).toEqual([])
        expect(await ids({ sales_channel_ids: ["sc_other"] })).toEqual([])
      })
    })

    describe("catalogueFacets", () => {
      const counts = (values: { value: string; count: number }[]) =>
        Object.fromEntries(values.map((v) => [v.value, v.count]))

      it("counts per grade, brand, region and valid certification", async () => {
        const facets = await service.catalogueFacets({})
        expect(counts(facets.grade)).toEqual({
          premium: 1,
          first: 1,
          second: 1,
        })
        expect(facets.grade.find((g) => g.value === "premium")!.label_zh).toBe(
          "特级"
        )
        expect(counts(facets.brand)).toEqual({ "fengjie-navel-orange": 1 })
        expect(facets.brand[0].label_zh).toBe("奉节脐橙")
        expect(counts(facets.region)).toEqual({
          "500000": 4,
          "500236": 3,
          "500116": 1,
        })
        expect(counts(facets.certification)).toEqual({
          green_food: 1,
          organic: 1,
        })
      })

      it("counts each facet with the other filters applied, not its own", async () => {
        const facets = await service.catalogueFacets({
          grade: ["premium"],
          region: ["500236"],
        })
        // grade ignores the grade filter but keeps the region filter
        expect(counts(facets.grade)).toEqual({
          premium: 1,
          first: 1,
          second: 1,
        })
        // region ignores the region filter but keeps the grade filter
        expect(counts(facets.region)).toEqual({ "500000": 1, "500236": 1 })
        expect(counts(facets.brand)).toEqual({ "fengjie-navel-orange": 1 })
        expect(counts(facets.certification)).toEqual({ green_food: 1 })
      })

      it("counts and filters categories, a parent holding its children's products", async () => {
        await service.replaceCatalogueRows(
          [
            row({
              id: "prod_tea",
              category_ids: ["pcat_green", "pcat_tea"],
              category_handles: ["green-tea", "tea"],
            }),
          ],
          []
        )
        expect(await ids({ category: ["tea"] })).toEqual(["prod_tea"])
        expect(await ids({ category: ["pcat_green"] })).toEqual(["prod_tea"])
        const facets = await service.catalogueFacets({ category: ["tea"] })
        // The category facet ignores its own filter.
        expect(counts(facets.category)).toEqual({
          "green-tea": 1,
          tea: 1,
          spices: 1,
        })
        expect(facets.grade).toEqual([])
        // Other filters' subqueries keep their own names beside it.
        const certified = await service.catalogueFacets({
          certification: ["green_food"],
          category: ["tea"],
        })
        expect(counts(certified.certification)).toEqual({})
      })

      it("filters regions by where the product grew, not its brand's area", async () => {
        // 奉节脐橙 the brand covers 开州 too; a 江津 product carrying it
        // still grew in 江津 (issue 14: 开州区 listed 奉节 oranges).
        await service.replaceCatalogueRows(
          [
            row({
              id: "prod_branded_elsewhere",
              ...fengjieBrand,
              brand_region_codes: ["500236", "500154", "500000"],
              brand_windows: [VALID],
              region_codes: ["500116", "500000"],
            }),
          ],
          []
        )
        expect(await ids({ region: ["500154"] })).toEqual([])
        expect(await ids({ region: ["500236"] })).not.toContain(
          "prod_branded_elsewhere"
        )
        expect(await ids({ region: ["500116"] })).toContain(
          "prod_branded_elsewhere"
        )
        const facets = await service.catalogueFacets({})
        expect(counts(facets.region)["500154"]).toBeUndefined()
      })
    })

    describe("writes and claim reads", () => {
      it("replaces rows idempotently and deletes removed ones", async () => {
        const cheaper = row({
          id: "prod_fj_second",
          min_price: 10,
          max_price: 10,
        })
        const first = await service.replaceCatalogueRows(
          [cheaper],
          ["prod_jj_pepper"]
        )
        expect(first).toEqual({ written: 1, removed: 1, failed: [] })
        // The same content again changes nothing, and says so: a refresh
        // that changed no row invalidates no cached response.
        const again = await service.replaceCatalogueRows(
          [{ ...cheaper }],
          ["prod_jj_pepper"]
        )
        expect(again).toEqual({ written: 0, removed: 0, failed: [] })
        const page = await service.listCatalogue({}, PAGE)
        expect(page.count).toBe(3)
        expect(
          page.rows.find((r) => r.id === "prod_fj_second")!.min_price
        ).toBe(10)
        expect(await service.hasCatalogueRows()).toBe(true)
      })

      it("keeps prices exactly in numeric columns, however large", async () => {
        await service.replaceCatalogueRows(
          [row({ id: "prod_huge", min_price: 999999.99, max_price: 1e308 })],
          []
        )
        const found = await service.retrieveCatalogueRow("prod_huge", {})
        expect(found).toMatchObject({ min_price: 999999.99, max_price: 1e308 })
        expect(found).not.toHaveProperty("raw_min_price")
      })

      it("writes the other rows when one is refused, and names the refused one", async () => {
        const good = row({ id: "prod_good", min_price: 12, max_price: 12 })
        // PostgreSQL refuses a NUL in text: a row no write can store.
        const bad = row({ id: "prod_bad", title: "坏\u0000行" })
        const result = await service.replaceCatalogueRows(
          [bad, good],
          ["prod_jj_pepper"]
        )
        expect(result).toEqual({
          written: 1,
          removed: 1,
          failed: [{ id: "prod_bad", message: expect.any(String) }],
        })
        const page = await service.listCatalogue({}, PAGE)
        expect(page.rows.map((r) => r.id)).toContain("prod_good")
        expect(page.rows.map((r) => r.id)).not.toContain("prod_bad")
        expect(page.rows.map((r) => r.id)).not.toContain("prod_jj_pepper")
      })

      it("finds a selling product by handle, and not one of a suspended co-op", async () => {
        expect(
          (await service.retrieveCatalogueRow("prod_fj_first", {}))!.id
        ).toBe("prod_fj_first")
        expect(
          await service.retrieveCatalogueRow("prod_lp_pomelo", {})
        ).toBeNull()
      })

      it("counts products per brand whose claim holds and returns ids for other reads", async () => {
        expect(await service.brandProductCounts({})).toEqual({ brnd_fj: 1 })
        expect(
          (await service.matchingProductIds({ grade: ["premium"] })).sort()
        ).toEqual(["prod_fj_premium"])
        const claims = await service.listCatalogueClaims(["prod_fj_first"])
        expect(claims.get("prod_fj_first")!.brand_windows).toEqual([EXPIRED])
      })
    })

    describe("stale marks", () => {
      it("coalesces repeated marks into one row per id and lists the oldest first", async () => {
        await service.markCatalogueStale([
          { kind: "product_ids", ref_id: "prod_1" },
          { kind: "product_ids", ref_id: "prod_1" },
        ])
        await service.markCatalogueStale([
          { kind: "variant_ids", ref_id: "var_1" },
          { kind: "product_ids", ref_id: "prod_1" },
        ])
        await service.markCatalogueStale([])
        const batch = await service.listCatalogueStale(10)
        expect(batch.entries).toEqual([
          { id: "variant_ids:var_1", kind: "variant_ids", ref_id: "var_1" },
          { id: "product_ids:prod_1", kind: "product_ids", ref_id: "prod_1" },
        ])
        expect((await service.listCatalogueStale(1)).entries).toHaveLength(1)
      })

      it("clears handled marks but keeps an id marked again after the batch was read", async () => {
        await service.markCatalogueStale([
          { kind: "product_ids", ref_id: "prod_1" },
          { kind: "product_ids", ref_id: "prod_2" },
        ])
        const batch = await service.listCatalogueStale(10)
        await service.markCatalogueStale([
          { kind: "product_ids", ref_id: "prod_2" },
          { kind: "product_ids", ref_id: "prod_3" },
        ])
        await service.clearCatalogueStale(
          batch.cutoff,
          batch.entries.map((e) => e.id)
        )
        const left = await service.listCatalogueStale(10)
        expect(left.entries.map((e) => e.ref_id).sort()).toEqual([
          "prod_2",
          "prod_3",
        ])
        await service.clearCatalogueStale(await service.catalogueClock())
        expect((await service.listCatalogueStale(10)).entries).toEqual([])
      })
    })
  },
})
