import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedDemoStore, storeHeaders } from "../../helpers/demo-store"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    describe("GET /store/products", () => {
      it("lists the demo catalogue priced in CNY for the 中国 region", async () => {
        const res = await api.get(
          `/store/products?region_id=${demo.regionId}&limit=50&fields=id,title,handle,*variants.calculated_price`,
          storeHeaders(demo.publishableKey)
        )

        expect(res.status).toBe(200)
        expect(res.data.count).toBe(demo.products.length)
        const orange = res.data.products.find(
          (p: any) => p.handle === "fengjie-navel-orange"
        )
        expect(orange.title).toBe("奉节脐橙")
        const prices = orange.variants.map((v: any) => v.calculated_price)
        for (const price of prices) {
          expect(price.currency_code).toBe("cny")
        }
        expect(prices.map((p: any) => p.calculated_amount).sort()).toEqual(
          demo.products
            .find((p) => p.handle === "fengjie-navel-orange")!
            .variants.map((v) => v.price)
            .sort()
        )
      })

      it("treats demo prices as tax inclusive, as Chinese retail prices are", async () => {
        const res = await api.get(
          `/store/products?region_id=${demo.regionId}&handle=fuling-zhacai&fields=*variants.calculated_price`,
          storeHeaders(demo.publishableKey)
        )
        const [price] = res.data.products[0].variants.map(
          (v: any) => v.calculated_price
        )
        expect(price.is_calculated_price_tax_inclusive).toBe(true)
      })

      it("refuses a request without a publishable key with a 400 naming the header", async () => {
        const err = await api.get("/store/products").catch((e: any) => e)
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(/x-publishable-api-key/)
      })

      it("shows nothing through Medusa's auto-created default key, which is bound to another channel", async () => {
        const query = getContainer().resolve("query")
        const { data: keys } = await query.graph({
          entity: "api_key",
          fields: ["token", "title"],
          filters: { type: "publishable" },
        })
        const others = keys.filter((k: any) => k.token !== demo.publishableKey)
        for (const key of others) {
          const res = await api.get("/store/products", storeHeaders(key.token))
          expect(res.data.products).toHaveLength(0)
        }
      })
    })

    describe("GET /store/regions", () => {
      it("offers the 中国 region in CNY with the system payment provider", async () => {
        const res = await api.get(
          `/store/regions/${demo.regionId}?fields=*payment_providers,*countries`,
          storeHeaders(demo.publishableKey)
        )
        expect(res.data.region).toMatchObject({
          name: "中国",
          currency_code: "cny",
        })
        expect(res.data.region.countries.map((c: any) => c.iso_2)).toEqual([
          "cn",
        ])
        expect(
          res.data.region.payment_providers.map((p: any) => p.id)
        ).toContain("pp_system_default")
      })
    })

    describe("CORS for the consoles", () => {
      it.each(["/vendors/me", "/pickup/parcels"])(
        "lets the storefront origin preflight %s",
        async (path) => {
          const res = await api.request({
            method: "OPTIONS",
            url: path,
            headers: {
              Origin: "http://localhost:8000",
              "Access-Control-Request-Method": "GET",
            },
          })
          expect(res.status).toBe(204)
          expect(res.headers["access-control-allow-origin"]).toBe(
            "http://localhost:8000"
          )
          expect(res.headers["access-control-allow-credentials"]).toBe("true")
        }
      )

      it("does not allow an unknown origin", async () => {
        const res = await api.request({
          method: "OPTIONS",
          url: "/vendors/me",
          headers: {
            Origin: "https://evil.example",
            "Access-Control-Request-Method": "GET",
          },
        })
        expect(res.headers["access-control-allow-origin"]).toBeUndefined()
      })
    })
  },
})
