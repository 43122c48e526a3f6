import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflowId,
  createLinksStepId,
  uploadFilesWorkflowId,
} from "@medusajs/medusa/core-flows"
import sharp from "sharp"
import VendorProductLink from "../../../src/links/vendor-product"
import { MARKETPLACE_MODULE } from "../../../src/modules/marketplace"
import {
  createVendorProductsWorkflow,
  createVendorProductVariantWorkflow,
  uploadVendorImagesWorkflow,
} from "../../../src/workflows/vendor-products"
import { bearer, createAdminUser } from "../../helpers/auth"
import { prepareCart, SHIPPING_ADDRESS } from "../../helpers/checkout"
import { seedDemoStore, storeHeaders } from "../../helpers/demo-store"
import {
  registerActiveVendor,
  registerVendor,
  type RegisteredVendor,
} from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

let skuCounter = 0

/** A POST /vendors/products body: one 5kg variant priced in CNY, stocked. */
function productBody(overrides: Record<string, any> = {}): any {
  skuCounter += 1
  const sku = overrides.sku ?? `FJ-ORANGE-${skuCounter}-${Date.now() % 100000}`
  const { sku: _sku, stock, ...rest } = overrides
  return {
    title: "奉节脐橙 特级 5kg",
    handle: `fj-orange-${skuCounter}-${Date.now() % 100000}`,
    status: "published",
    options: [{ title: "规格", values: ["5kg"] }],
    variants: [
      {
        title: "5kg",
        sku,
        options: { 规格: "5kg" },
        prices: [{ amount: 59.9, currency_code: "cny" }],
      },
    ],
    additional_data: { stock: { [sku]: stock ?? 50 } },
    ...rest,
  }
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (e: any) => e.response
  )

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>
    let admin: { headers: Record<string, string> }
    let coopA: RegisteredVendor
    let coopB: RegisteredVendor

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
      coopA = await registerActiveVendor(api, admin.headers, {
        name: "奉节县脐橙专业合作社",
        handle: "fengjie-orange-coop",
      })
      coopB = await registerActiveVendor(api, admin.headers, {
        name: "涪陵区青菜头种植专业合作社",
        handle: "fuling-zhacai-coop",
        region_code: "500102",
      })
    })

    const vendorHeaders = (v: RegisteredVendor) => ({ headers: v.headers })
    const store = () => storeHeaders(demo.publishableKey)

    const createProduct = async (
      v: RegisteredVendor,
      overrides: Record<string, any> = {}
    ) => {
      const res = await api.post(
        "/vendors/products",
        productBody(overrides),
        vendorHeaders(v)
      )
      return res.data.product
    }

    /** A second member of the co-op with the given role, signed in. */
    const memberHeaders = async (
      v: RegisteredVendor,
      role: "manager" | "staff"
    ) => {
      const container = getContainer()
      const marketplace: any = container.resolve(MARKETPLACE_MODULE)
      const member = await marketplace.createVendorMembers({
        vendor_id: v.vendor.id,
        email: `${role}-${Date.now()}@coop.test`,
        name: "李小红",
        role,
        status: "active",
      })
      return bearer(container, {
        actor_id: member.id,
        actor_type: "vendor",
        auth_identity_id: `authid_${member.id}`,
      })
    }

    const stockAt = async (variantId: string, locationId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: [
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
        ],
        filters: { id: variantId },
      })
      const levels =
        variant.inventory_items?.[0]?.inventory?.location_levels ?? []
      return levels.find((l: any) => l.location_id === locationId)
        ?.stocked_quantity
    }

    describe("POST /vendors/products", () => {
      it("creates a product in the co-op's shipping profile, on the storefront channel, stocked at the co-op's location", async () => {
        const product = await createProduct(coopA, { stock: 120 })

        expect(product).toMatchObject({
          title: "奉节脐橙 特级 5kg",
          status: "published",
          shipping_profile: { id: coopA.vendor.shipping_profile.id },
          sales_channels: [{ id: demo.salesChannelId }],
        })
        expect(product.variants[0].prices[0]).toMatchObject({
          amount: 59.9,
          currency_code: "cny",
        })
        expect(
          await stockAt(product.variants[0].id, coopA.vendor.stock_location.id)
        ).toBe(120)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [linked],
        } = await query.graph({
          entity: "product",
          fields: ["id", "vendor.id"],
          filters: { id: product.id },
        })
        expect((linked as any).vendor.id).toBe(coopA.vendor.id)
      })

      it("refuses shipping_profile_id and sales_channels with a 400 naming the field", async () => {
        const profile = await errorOf(
          api.post(
            "/vendors/products",
            productBody({ shipping_profile_id: demo.shippingProfileId }),
            vendorHeaders(coopA)
          )
        )
        expect(profile.status).toBe(400)
        expect(profile.data.message).toMatch(
          /shipping_profile_id cannot be set/
        )

        const channels = await errorOf(
          api.post(
            "/vendors/products",
            productBody({ sales_channels: [{ id: demo.salesChannelId }] }),
            vendorHeaders(coopA)
          )
        )
        expect(channels.status).toBe(400)
        expect(channels.data.message).toMatch(/sales_channels cannot be set/)
      })

      it("refuses a price in another currency with a 400 naming the field", async () => {
        const body = productBody()
        body.variants[0].prices = [
          { amount: 59.9, currency_code: "cny" },
          { amount: 8.5, currency_code: "usd" },
        ]
        const res = await errorOf(
          api.post("/vendors/products", body, vendorHeaders(coopA))
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /variants\[0\]\.prices\[1\]\.currency_code must be "cny"/
        )
      })

      it("refuses a price that is not 0.01 to 1,000,000 yuan in whole fen with a 400 naming the field and the rule, and creates nothing", async () => {
        const cases: [number, string][] = [
          [0, "must be more than 0 yuan (got 0)"],
          [-0.01, "must be more than 0 yuan (got -0.01)"],
          [0.001, "must have at most 2 decimals (whole fen) (got 0.001)"],
          [1e20, "must be at most 1000000 yuan (got 100000000000000000000)"],
          [1e308, "must be at most 1000000 yuan (got 1e+308)"],
        ]
        for (const [amount, rule] of cases) {
          const body = productBody()
          body.variants[0].prices = [{ amount, currency_code: "cny" }]
          const res = await errorOf(
            api.post("/vendors/products", body, vendorHeaders(coopA))
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(
            `variants[0].prices[0].amount ${rule}.`
          )
        }
        const list = await api.get("/vendors/products", vendorHeaders(coopA))
        expect(list.data.count).toBe(0)
      })

      it("refuses fractional or oversized starting stock, naming the SKU", async () => {
        for (const [stock, rule] of [
          [1.5, "must be a whole number (got 1.5)"],
          [100001, "must be at most 100000 (got 100001)"],
        ] as const) {
          const body = productBody({ sku: "FJ-STOCK-RULE", stock })
          const res = await errorOf(
            api.post("/vendors/products", body, vendorHeaders(coopA))
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(
            `additional_data.stock.FJ-STOCK-RULE ${rule}.`
          )
        }
        const list = await api.get("/vendors/products", vendorHeaders(coopA))
        expect(list.data.count).toBe(0)
      })

      it("refuses stock for a SKU that is not in the body", async () => {
        const body = productBody()
        body.additional_data = { stock: { "NO-SUCH-SKU": 5 } }
        const res = await errorOf(
          api.post("/vendors/products", body, vendorHeaders(coopA))
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /additional_data\.stock\["NO-SUCH-SKU"\] does not match/
        )
      })

      it("lets a co-op under review save drafts but not publish, and publish once approved", async () => {
        const pending = await registerVendor(api)

        const published = await errorOf(
          api.post(
            "/vendors/products",
            productBody({ additional_data: undefined }),
            vendorHeaders(pending)
          )
        )
        expect(published.status).toBe(400)
        expect(published.data.message).toMatch(/pending review/)
        expect(published.data.message).toMatch(/status "published"/)

        const { data } = await api.post(
          "/vendors/products",
          productBody({ status: "draft", additional_data: undefined }),
          vendorHeaders(pending)
        )
        expect(data.product.status).toBe("draft")
        expect(data.product.shipping_profile).toBeFalsy()

        const publish = await errorOf(
          api.post(
            `/vendors/products/${data.product.id}`,
            { status: "published" },
            vendorHeaders(pending)
          )
        )
        expect(publish.status).toBe(400)
        expect(publish.data.message).toMatch(/pending review/)

        const approved = await api.post(
          `/admin/vendors/${pending.vendor.id}/approve`,
          { reason: "资质齐全" },
          { headers: admin.headers }
        )
        // Approval gives the draft the co-op's new shipping profile at once.
        const draft = await api.get(
          `/vendors/products/${data.product.id}?fields=id,shipping_profile.id`,
          vendorHeaders(pending)
        )
        expect(draft.data.product.shipping_profile.id).toBe(
          approved.data.vendor.shipping_profile.id
        )
        const after = await api.post(
          `/vendors/products/${data.product.id}`,
          { status: "published" },
          vendorHeaders(pending)
        )
        expect(after.data.product.status).toBe("published")
        expect(after.data.product.shipping_profile.id).toBe(
          approved.data.vendor.shipping_profile.id
        )
      })

      it("refuses a suspended co-op with a clear 400", async () => {
        await api.post(
          `/admin/vendors/${coopA.vendor.id}/suspend`,
          { reason: "抽检不合格" },
          { headers: admin.headers }
        )
        const res = await errorOf(
          api.post("/vendors/products", productBody(), vendorHeaders(coopA))
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/is suspended and cannot add products/)
      })
    })

    describe("createVendorProductsWorkflow", () => {
      it("leaves no product or link behind when a step after linking fails", async () => {
        const container = getContainer()
        const body = productBody({ handle: "rollback-orange" })
        const { additional_data, ...product } = body
        const workflow = createVendorProductsWorkflow(container)
        workflow.appendAction("throw", createLinksStepId, {
          invoke: async function failAfterLinking() {
            throw new Error("injected failure after linking")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            products: [product],
            additional_data,
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(errors[0].error.message).toMatch(/injected failure/)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { handle: "rollback-orange" },
        })
        expect(products).toHaveLength(0)
        const { data: links } = await query.graph({
          entity: VendorProductLink.entryPoint,
          fields: ["product_id"],
          filters: { vendor_id: coopA.vendor.id },
        })
        expect(links).toHaveLength(0)
      })
    })

    describe("member roles", () => {
      it("gives staff a 403 on create, update and delete, but lets them set stock", async () => {
        const product = await createProduct(coopA)
        const staff = await memberHeaders(coopA, "staff")

        const create = await errorOf(
          api.post("/vendors/products", productBody(), staff)
        )
        expect(create.status).toBe(403)
        expect(create.data.message).toMatch(/staff cannot change prices/)

        const update = await errorOf(
          api.post(
            `/vendors/products/${product.id}`,
            { title: "便宜卖" },
            staff
          )
        )
        expect(update.status).toBe(403)

        const remove = await errorOf(
          api.delete(`/vendors/products/${product.id}`, staff)
        )
        expect(remove.status).toBe(403)

        const stock = await api.post(
          `/vendors/products/${product.id}/variants/${product.variants[0].id}/stock`,
          { stocked_quantity: 7 },
          staff
        )
        expect(stock.data.inventory_level.stocked_quantity).toBe(7)
      })

      it("lets a manager create products", async () => {
        const manager = await memberHeaders(coopA, "manager")
        const res = await api.post("/vendors/products", productBody(), manager)
        expect(res.status).toBe(201)
      })
    })

    describe("GET /vendors/products", () => {
      it("lists only the co-op's own products, with q and pagination", async () => {
        await createProduct(coopA, { title: "奉节脐橙 特级 5kg" })
        await createProduct(coopA, { title: "奉节脐橙 一级 10kg" })
        await createProduct(coopB, { title: "涪陵榨菜 80g×10" })

        const all = await api.get("/vendors/products", vendorHeaders(coopA))
        expect(all.data.count).toBe(2)
        expect(all.data.products.map((p: any) => p.title).sort()).toEqual([
          "奉节脐橙 一级 10kg",
          "奉节脐橙 特级 5kg",
        ])

        const page = await api.get(
          "/vendors/products?limit=1&offset=1",
          vendorHeaders(coopA)
        )
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.products).toHaveLength(1)

        const search = await api.get(
          `/vendors/products?q=${encodeURIComponent("一级")}`,
          vendorHeaders(coopA)
        )
        expect(search.data.products.map((p: any) => p.title)).toEqual([
          "奉节脐橙 一级 10kg",
        ])

        const none = await api.get(
          `/vendors/products?q=${encodeURIComponent("榨菜")}`,
          vendorHeaders(coopA)
        )
        expect(none.data.count).toBe(0)
      })
    })

    describe("POST /vendors/uploads", () => {
      const png = (width: number, height: number) =>
        sharp({
          create: {
            width,
            height,
            channels: 3,
            background: { r: 240, g: 140, b: 30 },
          },
        })
          .png()
          .toBuffer()

      const form = (files: { bytes: Buffer; type: string; name: string }[]) => {
        const body = new FormData()
        for (const file of files) {
          body.append(
            "files",
            new Blob([new Uint8Array(file.bytes)], { type: file.type }),
            file.name
          )
        }
        return body
      }

      const upload = (v: { headers: Record<string, string> }, body: FormData) =>
        api.post("/vendors/uploads", body, {
          headers: v.headers,
          validateStatus: () => true,
        })

      it("stores a photo as WebP with a thumbnail, and lets the co-op put it on its own product only", async () => {
        const res = await upload(
          coopA,
          form([
            {
              bytes: await png(2400, 1800),
              type: "image/png",
              name: "橙园.png",
            },
          ])
        )
        expect(res.status).toBe(201)
        expect(res.data.images).toHaveLength(1)
        const [image] = res.data.images
        expect(image.url).toMatch(
          new RegExp(`vendor-${coopA.vendor.id}-[a-z0-9]+\\.webp$`)
        )
        expect(image.thumbnail_url).toMatch(/-thumb\.webp$/)

        const served = async (url: string) => {
          const file = await api.get(new URL(url).pathname, {
            responseType: "arraybuffer",
          })
          return sharp(Buffer.from(file.data)).metadata()
        }
        expect(await served(image.url)).toEqual(
          expect.objectContaining({ format: "webp", width: 1600, height: 1200 })
        )
        expect(await served(image.thumbnail_url)).toEqual(
          expect.objectContaining({ format: "webp", width: 480, height: 360 })
        )

        const product = await createProduct(coopA)
        const updated = await api.post(
          `/vendors/products/${product.id}`,
          { images: [{ url: image.url }], thumbnail: image.thumbnail_url },
          vendorHeaders(coopA)
        )
        expect(updated.data.product.thumbnail).toBe(image.thumbnail_url)
        expect(updated.data.product.images.map((i: any) => i.url)).toEqual([
          image.url,
        ])
        // The console reads the gallery with these fields.
        const read = await api.get(
          `/vendors/products/${product.id}?fields=id,thumbnail,images.url,images.rank`,
          vendorHeaders(coopA)
        )
        expect(read.data.product.images).toEqual([
          expect.objectContaining({ url: image.url, rank: 0 }),
        ])

        const other = await createProduct(coopB)
        for (const url of [
          image.url,
          "https://tracker.example/vendor-x-1.webp",
          "javascript:alert(1)",
        ]) {
          const refused = await errorOf(
            api.post(
              `/vendors/products/${other.id}`,
              { images: [{ url }] },
              vendorHeaders(coopB)
            )
          )
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain(
            "is not a photo this co-op uploaded"
          )
        }
        const created = await errorOf(
          api.post(
            "/vendors/products",
            productBody({ thumbnail: image.thumbnail_url }),
            vendorHeaders(coopB)
          )
        )
        expect(created.status).toBe(400)
        expect(created.data.message).toContain(
          "is not a photo this co-op uploaded"
        )
      })

      it("refuses files that are not JPEG, PNG or WebP by their bytes, too large, or missing, naming the rule", async () => {
        const cases: [FormData, string][] = [
          [form([]), "choose at least one photo"],
          [
            form([
              {
                bytes: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"),
                type: "image/png",
                name: "fake.png",
              },
            ]),
            "is declared image/png but its content is not an image",
          ],
          [
            form([
              { bytes: await png(10, 10), type: "image/jpeg", name: "a.jpg" },
            ]),
            "is declared image/jpeg but its content is image/png",
          ],
          [
            form([
              {
                bytes: Buffer.from("GIF89a"),
                type: "image/gif",
                name: "a.gif",
              },
            ]),
            "photos must be image/jpeg, image/png, image/webp",
          ],
          [
            form([
              {
                bytes: Buffer.alloc(8 * 1024 * 1024 + 1, 1),
                type: "image/jpeg",
                name: "big.jpg",
              },
            ]),
            "a photo may be at most 8 MB",
          ],
        ]
        for (const [body, message] of cases) {
          const res = await upload(coopA, body)
          expect({ status: res.status, message: res.data.message }).toEqual({
            status: 400,
            message: expect.stringContaining(message),
          })
        }
      })

      it("deletes the stored photos when a step after storing them fails", async () => {
        const workflow = uploadVendorImagesWorkflow(getContainer())
        workflow.appendAction("throw", `${uploadFilesWorkflowId}-as-step`, {
          invoke: async function failAfterStoring() {
            throw new Error("injected failure after storing")
          },
        })
        const content = (await png(40, 30)).toString("base64")
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            files: [{ filename: "a.png", mimeType: "image/png", content }],
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(errors[0].error.message).toMatch(/injected failure/)
        // The local provider writes to ./static; the photo and its
        // thumbnail must be gone again.
        const dir = path.join(process.cwd(), "static")
        const left = fs.existsSync(dir)
          ? fs
              .readdirSync(dir)
              .filter((f) => f.includes(`vendor-${coopA.vendor.id}-`))
          : []
        expect(left).toEqual([])
      })

      it("gives staff a 403", async () => {
        const staff = await memberHeaders(coopA, "staff")
        const res = await upload(
          staff,
          form([{ bytes: await png(10, 10), type: "image/png", name: "a.png" }])
        )
        expect(res.status).toBe(403)
      })
    })

    describe("POST and DELETE /vendors/products/:id", () => {
      it("updates title and price, then soft-deletes the product", async () => {
        const product = await createProduct(coopA)
        const variant = product.variants[0]

        const updated = await api.post(
          `/vendors/products/${product.id}`,
          {
            title: "奉节脐橙 特级 5kg（新季）",
            variants: [
              {
                id: variant.id,
                prices: [{ amount: 49.9, currency_code: "cny" }],
              },
            ],
          },
          vendorHeaders(coopA)
        )
        expect(updated.data.product.title).toBe("奉节脐橙 特级 5kg（新季）")
        expect(updated.data.product.variants[0].prices[0].amount).toBe(49.9)

        const usd = await errorOf(
          api.post(
            `/vendors/products/${product.id}`,
            {
              variants: [
                {
                  id: variant.id,
                  prices: [{ amount: 7, currency_code: "usd" }],
                },
              ],
            },
            vendorHeaders(coopA)
          )
        )
        expect(usd.status).toBe(400)
        expect(usd.data.message).toMatch(/currency_code must be "cny"/)

        const profile = await errorOf(
          api.post(
            `/vendors/products/${product.id}`,
            { shipping_profile_id: demo.shippingProfileId },
            vendorHeaders(coopA)
          )
        )
        expect(profile.status).toBe(400)
        expect(profile.data.message).toMatch(/shipping_profile_id/)

        const deleted = await api.delete(
          `/vendors/products/${product.id}`,
          vendorHeaders(coopA)
        )
        expect(deleted.data).toEqual({
          id: product.id,
          object: "product",
          deleted: true,
        })
        const gone = await errorOf(
          api.get(`/vendors/products/${product.id}`, vendorHeaders(coopA))
        )
        expect(gone.status).toBe(404)
        const list = await api.get("/vendors/products", vendorHeaders(coopA))
        expect(list.data.count).toBe(0)
      })
    })

    describe("prices on POST /vendors/products/:id", () => {
      it("refuses a bad price with a 400 naming the field and the rule, and keeps the stored price", async () => {
        const product = await createProduct(coopA)
        const variant = product.variants[0]
        for (const [amount, rule] of [
          [-10, "must be more than 0 yuan (got -10)"],
          [0.001, "must have at most 2 decimals (whole fen) (got 0.001)"],
          [1e308, "must be at most 1000000 yuan (got 1e+308)"],
        ] as const) {
          const res = await errorOf(
            api.post(
              `/vendors/products/${product.id}`,
              {
                variants: [
                  {
                    id: variant.id,
                    prices: [{ amount, currency_code: "cny" }],
                  },
                ],
              },
              vendorHeaders(coopA)
            )
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(
            `variants[0].prices[0].amount ${rule}.`
          )
        }
        const after = await api.get(
          `/vendors/products/${product.id}`,
          vendorHeaders(coopA)
        )
        expect(after.data.product.variants[0].prices).toEqual([
          expect.objectContaining({ amount: 59.9, currency_code: "cny" }),
        ])
      })
    })

    describe("prices on the platform's admin product routes", () => {
      it("refuses a bad price with a 400 naming the field and the rule, and keeps the stored price", async () => {
        const product = await createProduct(coopA)
        const variant = product.variants[0]
        const refused = await errorOf(
          api.post(
            `/admin/products/${product.id}/variants/${variant.id}`,
            { prices: [{ amount: -10, currency_code: "cny" }] },
            { headers: admin.headers }
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(
          "prices[0].amount must be more than 0 yuan (got -10)."
        )
        const created = await errorOf(
          api.post(
            "/admin/products",
            {
              title: "价格错误",
              options: [{ title: "规格", values: ["1kg"] }],
              variants: [
                {
                  title: "1kg",
                  options: { 规格: "1kg" },
                  prices: [{ amount: 1e308, currency_code: "cny" }],
                },
              ],
            },
            { headers: admin.headers }
          )
        )
        expect(created.status).toBe(400)
        expect(created.data.message).toContain(
          "variants[0].prices[0].amount must be at most 1000000 yuan (got 1e+308)."
        )
        const after = await api.get(
          `/vendors/products/${product.id}`,
          vendorHeaders(coopA)
        )
        expect(after.data.product.variants[0].prices).toEqual([
          expect.objectContaining({ amount: 59.9, currency_code: "cny" }),
        ])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: named } = await query.graph({
          entity: "product",
          fields: ["id"],
          filters: { title: "价格错误" },
        })
        expect(named).toHaveLength(0)
      })
    })

    describe("POST /vendors/products/:id/variants/:variant_id/stock", () => {
      it("sets the stock at the co-op's location and refuses a variant of another product", async () => {
        const product = await createProduct(coopA, { stock: 10 })
        const other = await createProduct(coopA)
        const variantId = product.variants[0].id

        const res = await api.post(
          `/vendors/products/${product.id}/variants/${variantId}/stock`,
          { stocked_quantity: 250 },
          vendorHeaders(coopA)
        )
        expect(res.data.inventory_level).toMatchObject({
          location_id: coopA.vendor.stock_location.id,
          stocked_quantity: 250,
        })
        expect(await stockAt(variantId, coopA.vendor.stock_location.id)).toBe(
          250
        )

        const mismatched = await errorOf(
          api.post(
            `/vendors/products/${other.id}/variants/${variantId}/stock`,
            { stocked_quantity: 1 },
            vendorHeaders(coopA)
          )
        )
        expect(mismatched.status).toBe(404)

        const negative = await errorOf(
          api.post(
            `/vendors/products/${product.id}/variants/${variantId}/stock`,
            { stocked_quantity: -1 },
            vendorHeaders(coopA)
          )
        )
        expect(negative.status).toBe(400)
        expect(negative.data.message).toContain(
          "stocked_quantity must be 0 or more (got -1)."
        )

        for (const [stocked_quantity, rule] of [
          [1.5, "must be a whole number (got 1.5)"],
          [100001, "must be at most 100000 (got 100001)"],
        ] as const) {
          const refused = await errorOf(
            api.post(
              `/vendors/products/${product.id}/variants/${variantId}/stock`,
              { stocked_quantity },
              vendorHeaders(coopA)
            )
          )
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain(`stocked_quantity ${rule}.`)
        }
        expect(await stockAt(variantId, coopA.vendor.stock_location.id)).toBe(
          250
        )
      })
    })

    describe("POST /vendors/products/:id/variants", () => {
      const tenKg = (overrides: Record<string, any> = {}) => ({
        title: "10kg 整箱",
        sku: `FJ-10KG-${Date.now() % 100000}`,
        prices: [{ amount: 109, currency_code: "cny" }],
        stocked_quantity: 40,
        ...overrides,
      })

      it("adds a size with its CNY price and starting stock, offering the new value on the product", async () => {
        const product = await createProduct(coopA, { stock: 20 })
        const body = tenKg()
        const res = await api.post(
          `/vendors/products/${product.id}/variants`,
          body,
          vendorHeaders(coopA)
        )
        expect(res.status).toBe(201)
        const added = res.data.product.variants.find(
          (v: any) => v.id === res.data.variant_id
        )
        expect(added).toMatchObject({
          title: "10kg 整箱",
          sku: body.sku,
          manage_inventory: true,
          prices: [
            expect.objectContaining({ amount: 109, currency_code: "cny" }),
          ],
          options: [expect.objectContaining({ value: "10kg 整箱" })],
        })
        expect(res.data.product.variants).toHaveLength(2)
        expect(
          res.data.product.options[0].values.map((v: any) => v.value).sort()
        ).toEqual(["10kg 整箱", "5kg"])
        expect(await stockAt(added.id, coopA.vendor.stock_location.id)).toBe(40)

        // Shoppers can buy the new size at once.
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: demo.regionId,
            items: [{ variant_id: added.id, quantity: 2 }],
          },
          store()
        )
        expect(data.cart.items[0]).toMatchObject({
          variant_id: added.id,
          unit_price: 109,
        })

        // The same size again is refused, naming the variant that sells it.
        const again = await errorOf(
          api.post(
            `/vendors/products/${product.id}/variants`,
            tenKg({ sku: undefined }),
            vendorHeaders(coopA)
          )
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(
          new RegExp(`is already sold as variant "10kg 整箱" \\(${added.id}\\)`)
        )
        const sameSku = await errorOf(
          api.post(
            `/vendors/products/${product.id}/variants`,
            tenKg({ title: "15kg 礼盒", sku: body.sku }),
            vendorHeaders(coopA)
          )
        )
        expect(sameSku.status).toBe(422)
        expect(sameSku.data.message).toMatch(
          new RegExp(`^sku "${body.sku}" is already used by another variant`)
        )
        expect(sameSku.data).toMatchObject({
          type: "duplicate_error",
          errors: [{ field: "sku", rule: "taken", values: {} }],
        })
      })

      it("refuses a bad body with a 400 naming the field and the rule", async () => {
        const product = await createProduct(coopA)
        const post = (body: Record<string, any>) =>
          errorOf(
            api.post(
              `/vendors/products/${product.id}/variants`,
              body,
              vendorHeaders(coopA)
            )
          )
        // Each with the refusal it must carry (docs/api.md "Errors"), where zod names one.
        const cases: [Record<string, any>, RegExp, object?][] = [
          [
            tenKg({ prices: [{ amount: 15, currency_code: "usd" }] }),
            /prices\[0\]\.currency_code must be "cny": co-ops sell in CNY \(got "usd"\)/,
          ],
          [
            tenKg({ prices: [{ amount: 0, currency_code: "cny" }] }),
            /prices\[0\]\.amount must be more than 0 yuan \(got 0\)/,
            {
              field: "prices.0.amount",
              rule: "price_positive",
              values: { min: 0 },
            },
          ],
          [
            tenKg({ prices: [{ amount: 0.001, currency_code: "cny" }] }),
            /prices\[0\]\.amount must have at most 2 decimals \(whole fen\) \(got 0\.001\)/,
          ],
          [
            tenKg({ prices: [{ amount: 1e308, currency_code: "cny" }] }),
            /prices\[0\]\.amount must be at most 1000000 yuan \(got 1e\+308\)/,
          ],
          [
            tenKg({ stocked_quantity: 1.5 }),
            /stocked_quantity must be a whole number \(got 1\.5\)/,
            { field: "stocked_quantity", rule: "whole_number", values: {} },
          ],
          [
            tenKg({ prices: [] }),
            /field 'prices' too small, expected at least: '1'/,
            {
              field: "prices",
              rule: "too_small",
              values: { minimum: 1, inclusive: true, origin: "array" },
            },
          ],
          [
            tenKg({ stocked_quantity: -1 }),
            /stocked_quantity must be 0 or more \(got -1\)/,
          ],
          [
            tenKg({ manage_inventory: false }),
            /stocked_quantity cannot be set: the size has manage_inventory false/,
          ],
          [
            tenKg({
              inventory_items: [
                { inventory_item_id: "iitem_x", required_quantity: 1 },
              ],
            }),
            /inventory_items cannot be set by a co-op/,
          ],
          [
            { prices: [{ amount: 1, currency_code: "cny" }] },
            /Field 'title' is required/,
            {
              field: "title",
              rule: "invalid_type",
              values: { expected: "string" },
            },
          ],
          [
            tenKg({ options: { 颜色: "红" } }),
            new RegExp(
              `options\\["颜色"\\] is not an option of product "${product.id}"; its options are "规格"`
            ),
          ],
        ]
        for (const [body, message, refusal] of cases) {
          const res = await post(body)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
          if (refusal) {
            expect(res.data.errors).toContainEqual(refusal)
          }
        }
        const after = await api.get(
          `/vendors/products/${product.id}`,
          vendorHeaders(coopA)
        )
        expect(after.data.product.variants).toHaveLength(1)
      })

      it("answers 404 for another co-op's product, 403 for staff, and lets managers add sizes", async () => {
        const theirs = await createProduct(coopB)
        const foreign = await errorOf(
          api.post(
            `/vendors/products/${theirs.id}/variants`,
            tenKg(),
            vendorHeaders(coopA)
          )
        )
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).toBe(
          `Product "${theirs.id}" was not found.`
        )

        const ours = await createProduct(coopA)
        const staff = await errorOf(
          api.post(
            `/vendors/products/${ours.id}/variants`,
            tenKg(),
            await memberHeaders(coopA, "staff")
          )
        )
        expect(staff.status).toBe(403)
        expect(staff.data.message).toMatch(
          /role "staff" cannot change products or their prices/
        )
        const manager = await api.post(
          `/vendors/products/${ours.id}/variants`,
          tenKg(),
          await memberHeaders(coopA, "manager")
        )
        expect(manager.status).toBe(201)

        const still = await api.get(
          `/vendors/products/${theirs.id}`,
          vendorHeaders(coopB)
        )
        expect(still.data.product.variants).toHaveLength(1)
      })

      it("lets a co-op under review add a size to a draft, but not its stock", async () => {
        const pending = await registerVendor(api)
        const { data } = await api.post(
          "/vendors/products",
          productBody({ status: "draft", additional_data: undefined }),
          vendorHeaders(pending)
        )
        const stocked = await errorOf(
          api.post(
            `/vendors/products/${data.product.id}/variants`,
            tenKg(),
            vendorHeaders(pending)
          )
        )
        expect(stocked.status).toBe(400)
        expect(stocked.data.message).toMatch(
          /^stocked_quantity cannot be set yet: co-op .* gets its stock location when it is approved/
        )
        const added = await api.post(
          `/vendors/products/${data.product.id}/variants`,
          tenKg({ stocked_quantity: undefined }),
          vendorHeaders(pending)
        )
        expect(added.data.product.variants).toHaveLength(2)
      })

      it("leaves no variant, option value or inventory item behind when a later step fails", async () => {
        const container = getContainer()
        const product = await createProduct(coopA)
        const body = tenKg()
        const workflow = createVendorProductVariantWorkflow(container)
        workflow.appendAction("throw", createInventoryLevelsWorkflowId, {
          invoke: async function failAfterStocking() {
            throw new Error("injected failure after stocking")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            product_id: product.id,
            variant: { ...body, manage_inventory: true },
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(errors[0].error.message).toMatch(/injected failure/)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [after],
        } = await query.graph({
          entity: "product",
          fields: ["variants.id", "options.id", "options.values.value"],
          filters: { id: product.id },
        })
        expect(after.variants).toHaveLength(1)
        expect(after.options[0].values.map((v: any) => v.value)).toEqual([
          "5kg",
        ])
        const values = await container
          .resolve(Modules.PRODUCT)
          .listProductOptionValues({ option_id: after.options[0].id })
        expect(values.map((v) => v.value)).toEqual(["5kg"])
        const { data: items } = await query.graph({
          entity: "inventory_item",
          fields: ["id"],
          filters: { sku: body.sku },
        })
        expect(items).toHaveLength(0)
      })
    })

    describe("DELETE /vendors/products/:id/variants/:variant_id", () => {
      it("removes a size with its stock and its option value, so it can be added again", async () => {
        const product = await createProduct(coopA)
        const {
          data: { variant_id },
        } = await api.post(
          `/vendors/products/${product.id}/variants`,
          {
            title: "10kg 整箱",
            sku: "FJ-DEL-10",
            prices: [{ amount: 109, currency_code: "cny" }],
            stocked_quantity: 5,
          },
          vendorHeaders(coopA)
        )
        const res = await api.delete(
          `/vendors/products/${product.id}/variants/${variant_id}`,
          vendorHeaders(coopA)
        )
        expect(res.data).toMatchObject({
          id: variant_id,
          object: "variant",
          deleted: true,
        })
        expect(res.data.parent.variants.map((v: any) => v.id)).toEqual([
          product.variants[0].id,
        ])
        expect(
          res.data.parent.options[0].values.map((v: any) => v.value)
        ).toEqual(["5kg"])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: items } = await query.graph({
          entity: "inventory_item",
          fields: ["id"],
          filters: { sku: "FJ-DEL-10" },
        })
        expect(items).toHaveLength(0)

        const gone = await errorOf(
          api.delete(
            `/vendors/products/${product.id}/variants/${variant_id}`,
            vendorHeaders(coopA)
          )
        )
        expect(gone.status).toBe(404)
        expect(gone.data.message).toBe(`Variant "${variant_id}" was not found.`)

        const readded = await api.post(
          `/vendors/products/${product.id}/variants`,
          {
            title: "10kg 整箱",
            prices: [{ amount: 99, currency_code: "cny" }],
          },
          vendorHeaders(coopA)
        )
        expect(readded.data.product.variants).toHaveLength(2)
      })

      it("refuses the last size, a size with stock reserved for an order, staff, and other co-ops' or products' variants", async () => {
        const product = await createProduct(coopA, { stock: 10 })
        const only = product.variants[0].id
        const last = await errorOf(
          api.delete(
            `/vendors/products/${product.id}/variants/${only}`,
            vendorHeaders(coopA)
          )
        )
        expect(last.status).toBe(400)
        expect(last.data.message).toMatch(
          /is the only size of product .*; a product needs at least one size, so delete the product instead/
        )
        expect(last.data.errors).toEqual([
          {
            field: "",
            rule: "last_variant",
            values: { variant: only, title: product.variants[0].title },
          },
        ])

        await api.post(
          `/vendors/products/${product.id}/variants`,
          { title: "10kg", prices: [{ amount: 99, currency_code: "cny" }] },
          vendorHeaders(coopA)
        )
        const { cart_id, headers } = await prepareCart(api, {
          publishableKey: demo.publishableKey,
          regionId: demo.regionId,
          lines: [{ variant_id: only, quantity: 2 }],
          shippingProfileIds: [coopA.vendor.shipping_profile.id],
        })
        await api.post(`/store/carts/${cart_id}/complete`, {}, { headers })
        const reserved = await errorOf(
          api.delete(
            `/vendors/products/${product.id}/variants/${only}`,
            vendorHeaders(coopA)
          )
        )
        expect(reserved.status).toBe(400)
        expect(reserved.data.message).toMatch(
          /has 2 reserved for orders not yet fulfilled; fulfil or cancel those orders before removing the size/
        )

        const staff = await errorOf(
          api.delete(
            `/vendors/products/${product.id}/variants/${only}`,
            await memberHeaders(coopA, "staff")
          )
        )
        expect(staff.status).toBe(403)

        const theirs = await createProduct(coopB)
        const foreign = await errorOf(
          api.delete(
            `/vendors/products/${theirs.id}/variants/${theirs.variants[0].id}`,
            vendorHeaders(coopA)
          )
        )
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).toBe(
          `Product "${theirs.id}" was not found.`
        )
        const crossed = await errorOf(
          api.delete(
            `/vendors/products/${product.id}/variants/${theirs.variants[0].id}`,
            vendorHeaders(coopA)
          )
        )
        expect(crossed.status).toBe(404)
        expect(crossed.data.message).toBe(
          `Variant "${theirs.variants[0].id}" was not found.`
        )
        const intact = await api.get(
          `/vendors/products/${theirs.id}`,
          vendorHeaders(coopB)
        )
        expect(intact.data.product.variants).toHaveLength(1)
      })
    })

    describe("co-op isolation", () => {
      it("answers 404 on every /vendors/products route for another co-op's product", async () => {
        const theirs = await createProduct(coopB, { stock: 30 })
        const variantId = theirs.variants[0].id
        const a = vendorHeaders(coopA)

        const responses = await Promise.all([
          errorOf(api.get(`/vendors/products/${theirs.id}`, a)),
          errorOf(
            api.post(`/vendors/products/${theirs.id}`, { title: "x" }, a)
          ),
          errorOf(api.delete(`/vendors/products/${theirs.id}`, a)),
          errorOf(
            api.post(
              `/vendors/products/${theirs.id}/variants/${variantId}/stock`,
              { stocked_quantity: 0 },
              a
            )
          ),
        ])
        for (const res of responses) {
          expect(res.status).toBe(404)
          expect(res.data.message).toMatch(/was not found/)
        }

        const list = await api.get("/vendors/products", a)
        expect(list.data.products.map((p: any) => p.id)).not.toContain(
          theirs.id
        )

        const still = await api.get(
          `/vendors/products/${theirs.id}`,
          vendorHeaders(coopB)
        )
        expect(still.data.product.title).toBe(theirs.title)
        expect(await stockAt(variantId, coopB.vendor.stock_location.id)).toBe(
          30
        )
      })
    })

    describe("GET /store/products", () => {
      it("filters by vendor_id and vendor_handle and returns the co-op with fields=*vendor", async () => {
        const orange = await createProduct(coopA, { title: "奉节脐橙" })
        const zhacai = await createProduct(coopB, { title: "涪陵榨菜" })

        const byId = await api.get(
          `/store/products?vendor_id=${coopA.vendor.id}&fields=id,title,*vendor`,
          store()
        )
        expect(byId.data.count).toBe(1)
        expect(byId.data.products[0]).toMatchObject({
          id: orange.id,
          vendor: {
            id: coopA.vendor.id,
            name: "奉节县脐橙专业合作社",
            handle: "fengjie-orange-coop",
          },
        })
        expect(byId.data.products[0].vendor.credit_code).toBeUndefined()
        expect(byId.data.products[0].vendor.commission_rate).toBeUndefined()

        const byHandle = await api.get(
          "/store/products?vendor_handle=fuling-zhacai-coop&fields=id,+vendor.name",
          store()
        )
        expect(byHandle.data.products.map((p: any) => p.id)).toEqual([
          zhacai.id,
        ])
        expect(byHandle.data.products[0].vendor.name).toBe(
          "涪陵区青菜头种植专业合作社"
        )

        const both = await api.get(
          `/store/products?vendor_handle=fengjie-orange-coop,fuling-zhacai-coop`,
          store()
        )
        expect(both.data.count).toBe(2)

        const unknown = await api.get(
          "/store/products?vendor_handle=no-such-coop",
          store()
        )
        expect(unknown.data).toMatchObject({ count: 0, products: [] })

        const all = await api.get("/store/products?limit=100", store())
        expect(all.data.count).toBe(demo.products.length + 2)

        // Private co-op fields are dropped, as Medusa drops unknown fields.
        const secret = await api.get(
          `/store/products?vendor_id=${coopA.vendor.id}&fields=id,+vendor.name,+vendor.credit_code,+vendor.contact`,
          store()
        )
        expect(secret.data.products[0].vendor.name).toBe("奉节县脐橙专业合作社")
        expect(secret.data.products[0].vendor.credit_code).toBeUndefined()
        expect(secret.data.products[0].vendor.contact).toBeUndefined()
      })

      it("takes a suspended co-op's products off the store and carts at once, and reinstating brings them back", async () => {
        const orange = await createProduct(coopA, { title: "奉节脐橙" })
        const zhacai = await createProduct(coopB, { title: "涪陵榨菜" })
        const orangeVariant = orange.variants[0].id

        const {
          data: { cart },
        } = await api.post(
          "/store/carts",
          {
            region_id: demo.regionId,
            shipping_address: SHIPPING_ADDRESS,
            items: [{ variant_id: orangeVariant, quantity: 1 }],
          },
          store()
        )
        const line = cart.items[0]

        await api.post(
          `/admin/vendors/${coopA.vendor.id}/suspend`,
          { reason: "食品安全抽检不合格" },
          { headers: admin.headers }
        )

        const listing = await api.get("/store/products?limit=100", store())
        const ids = listing.data.products.map((p: any) => p.id)
        expect(ids).not.toContain(orange.id)
        expect(ids).toContain(zhacai.id)
        expect(listing.data.count).toBe(demo.products.length + 1)

        const filtered = await api.get(
          `/store/products?vendor_id=${coopA.vendor.id}`,
          store()
        )
        expect(filtered.data.count).toBe(0)

        const detail = await errorOf(
          api.get(`/store/products/${orange.id}`, store())
        )
        expect(detail.status).toBe(404)
        expect(detail.data.message).toMatch(/not selling/)

        const created = await errorOf(
          api.post(
            "/store/carts",
            {
              region_id: demo.regionId,
              items: [{ variant_id: orangeVariant, quantity: 1 }],
            },
            store()
          )
        )
        expect(created.status).toBe(400)
        expect(created.data.message).toMatch(/not selling/)
        expect(created.data.message).toMatch(/"奉节脐橙"/)
        expect(created.data.message).toMatch(/奉节县脐橙专业合作社/)

        const added = await errorOf(
          api.post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: orangeVariant, quantity: 1 },
            store()
          )
        )
        expect(added.status).toBe(400)
        expect(added.data.message).toMatch(/not selling/)

        const raised = await errorOf(
          api.post(
            `/store/carts/${cart.id}/line-items/${line.id}`,
            { quantity: 3 },
            store()
          )
        )
        expect(raised.status).toBe(400)
        expect(raised.data.message).toMatch(/not selling/)

        // Another co-op's products still go into carts.
        const other = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: zhacai.variants[0].id, quantity: 1 },
          store()
        )
        expect(other.data.cart.items).toHaveLength(2)

        await api.post(
          `/admin/vendors/${coopA.vendor.id}/reinstate`,
          { reason: "整改完成" },
          { headers: admin.headers }
        )

        const back = await api.get("/store/products?limit=100", store())
        expect(back.data.products.map((p: any) => p.id)).toContain(orange.id)
        expect(back.data.count).toBe(demo.products.length + 2)
        const again = await api.get(
          `/store/products/${orange.id}?fields=id,*vendor`,
          store()
        )
        expect(again.data.product.vendor).toMatchObject({
          id: coopA.vendor.id,
          handle: "fengjie-orange-coop",
        })
        const readded = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: orangeVariant, quantity: 1 },
          store()
        )
        expect(
          readded.data.cart.items.find(
            (i: any) => i.variant_id === orangeVariant
          ).quantity
        ).toBe(2)
      })
    })
  },
})
