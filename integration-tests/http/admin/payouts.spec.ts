import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../../src/modules/marketplace"
import type MarketplaceModuleService from "../../../src/modules/marketplace/service"
import {
  cancelOrderPayoutLinesStepId,
  cancelOrderPayoutLinesWorkflow,
} from "../../../src/workflows/ledger"
import {
  markPayoutLinesPaidStepId,
  recordPayoutWorkflow,
} from "../../../src/workflows/payouts"
import { createAdminUser } from "../../helpers/auth"
import { createVendorProduct, prepareCart } from "../../helpers/checkout"
import { seedDemoStore } from "../../helpers/demo-store"
import { registerActiveVendor } from "../../helpers/vendors"

jest.setTimeout(240 * 1000)

const DAY = 24 * 60 * 60 * 1000
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY + 8 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>
    let admin: { user: any; headers: Record<string, string> }

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
    })

    const marketplace = () =>
      getContainer().resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const asAdmin = () => ({ headers: admin.headers })
    const fail = (p: Promise<any>) =>
      p.then(
        (res) => {
          throw new Error(`Expected a failure, got ${res.status}`)
        },
        (e) => e.response
      )

    /** Ledger lines as the checkout and the hourly job would leave them. */
    async function ledger(
      vendorId: string,
      lines: { status: string; gross: number; commission: number }[]
    ) {
      const now = Date.now()
      return marketplace().createPayoutLines(
        lines.map((l, i) => ({
          order_id: `order_${vendorId}_${i}_${now}`,
          vendor_id: vendorId,
          currency_code: "cny",
          gross: l.gross,
          commission: l.commission,
          net: Math.round((l.gross - l.commission) * 100) / 100,
          status: l.status as any,
          delivered_at: l.status === "pending" ? null : new Date(now - 3 * DAY),
          payable_after:
            l.status === "pending" ? null : new Date(now - 1 * DAY),
        }))
      )
    }

    describe("/admin/commission-rules", () => {
      let fruit: any

      beforeEach(async () => {
        const { result } = await createProductCategoriesWorkflow(
          getContainer()
        ).run({
          input: {
            product_categories: [
              {
                name: "水果 Fruit",
                handle: `fruit-${Date.now()}`,
                is_active: true,
              },
            ],
          },
        })
        fruit = result[0]
      })

      it("creates, lists, updates and deletes the default and a category rule", async () => {
        const def = await api.post(
          "/admin/commission-rules",
          { scope: "default", rate: 5 },
          asAdmin()
        )
        expect(def.data.commission_rule).toMatchObject({
          scope: "default",
          category_id: null,
          rate: 5,
          category: null,
        })
        const cat = await api.post(
          "/admin/commission-rules",
          { scope: "category", category_id: fruit.id, rate: 8.5 },
          asAdmin()
        )
        expect(cat.data.commission_rule).toMatchObject({
          scope: "category",
          category_id: fruit.id,
          rate: 8.5,
          category: { id: fruit.id, name: "水果 Fruit" },
        })

        const list = await api.get("/admin/commission-rules", asAdmin())
        expect(list.data.count).toBe(2)
        expect(
          list.data.commission_rules.map((r: any) => [r.scope, r.rate])
        ).toEqual(
          expect.arrayContaining([
            ["default", 5],
            ["category", 8.5],
          ])
        )
        const onlyCategories = await api.get(
          "/admin/commission-rules?scope=category",
          asAdmin()
        )
        expect(onlyCategories.data.commission_rules).toHaveLength(1)

        const updated = await api.post(
          `/admin/commission-rules/${cat.data.commission_rule.id}`,
          { rate: 10 },
          asAdmin()
        )
        expect(updated.data.commission_rule.rate).toBe(10)

        const deleted = await api.delete(
          `/admin/commission-rules/${cat.data.commission_rule.id}`,
          asAdmin()
        )
        expect(deleted.data).toEqual({
          id: cat.data.commission_rule.id,
          object: "commission_rule",
          deleted: true,
        })
        const after = await api.get("/admin/commission-rules", asAdmin())
        expect(after.data.commission_rules.map((r: any) => r.id)).toEqual([
          def.data.commission_rule.id,
        ])

        // Deleted, the category may get a rule again.
        const again = await api.post(
          "/admin/commission-rules",
          { scope: "category", category_id: fruit.id, rate: 7 },
          asAdmin()
        )
        expect(again.data.commission_rule.rate).toBe(7)
      })

      it("refuses a second default rule and a second rule for one category, naming the field", async () => {
        await api.post(
          "/admin/commission-rules",
          { scope: "default", rate: 5 },
          asAdmin()
        )
        const dupDefault = await fail(
          api.post(
            "/admin/commission-rules",
            { scope: "default", rate: 6 },
            asAdmin()
          )
        )
        expect(dupDefault.status).toBe(400)
        expect(dupDefault.data.message).toMatch(
          /scope "default" already has a rule/
        )

        await api.post(
          "/admin/commission-rules",
          { scope: "category", category_id: fruit.id, rate: 8 },
          asAdmin()
        )
        const dupCategory = await fail(
          api.post(
            "/admin/commission-rules",
            { scope: "category", category_id: fruit.id, rate: 9 },
            asAdmin()
          )
        )
        expect(dupCategory.status).toBe(400)
        expect(dupCategory.data.message).toMatch(
          new RegExp(`category_id "${fruit.id}" already has a rule`)
        )
      })

      it("validates scope, category_id and rate with 400s naming the field", async () => {
        const cases: [any, RegExp][] = [
          [
            { scope: "category", rate: 5 },
            /category_id is required when scope is "category"/,
          ],
          [
            { scope: "default", category_id: fruit.id, rate: 5 },
            /category_id must be empty when scope is "default"/,
          ],
          [
            { scope: "category", category_id: "pcat_nope", rate: 5 },
            /category_id "pcat_nope" is not an existing product category/,
          ],
          [{ scope: "default", rate: 120 }, /rate.*too big/],
          [{ scope: "default", rate: -1 }, /rate.*too small/],
          [{ scope: "default", rate: "5" }, /rate/],
          [{ scope: "vendor", rate: 5 }, /scope/],
          [{ scope: "default", rate: 5, extra: 1 }, /extra/],
        ]
        for (const [body, message] of cases) {
          const res = await fail(
            api.post("/admin/commission-rules", body, asAdmin())
          )
          expect([JSON.stringify(body), res.status]).toEqual([
            JSON.stringify(body),
            400,
          ])
          expect(res.data.message).toMatch(message)
        }

        const rule = await api.post(
          "/admin/commission-rules",
          { scope: "default", rate: 5 },
          asAdmin()
        )
        const badRate = await fail(
          api.post(
            `/admin/commission-rules/${rule.data.commission_rule.id}`,
            { rate: 101 },
            asAdmin()
          )
        )
        expect(badRate.status).toBe(400)
        expect(badRate.data.message).toMatch(/rate/)
      })

      it("answers 404 for an unknown rule", async () => {
        const update = await fail(
          api.post("/admin/commission-rules/crule_nope", { rate: 5 }, asAdmin())
        )
        expect(update.status).toBe(404)
        expect(update.data.message).toMatch(/crule_nope/)
        const del = await fail(
          api.delete("/admin/commission-rules/crule_nope", asAdmin())
        )
        expect(del.status).toBe(404)
      })

      it("charges a co-op its own rate, and never less than the default for a cheap category, at checkout", async () => {
        // Issue 13: a 1 % category used to beat a co-op's own 20 %.
        const container = getContainer()
        const { result: cats } = await createProductCategoriesWorkflow(
          container
        ).run({
          input: {
            product_categories: [
              {
                name: "礼盒 Gift boxes",
                handle: `gift-${Date.now()}`,
                is_active: true,
              },
            ],
          },
        })
        const premium = cats[0]
        const def = await api.post(
          "/admin/commission-rules",
          { scope: "default", rate: 5 },
          asAdmin()
        )
        await api.post(
          "/admin/commission-rules",
          { scope: "category", category_id: fruit.id, rate: 1 },
          asAdmin()
        )
        const premiumRule = await api.post(
          "/admin/commission-rules",
          { scope: "category", category_id: premium.id, rate: 12 },
          asAdmin()
        )

        const negotiated = await registerActiveVendor(api, admin.headers)
        await api.post(
          `/admin/vendors/${negotiated.vendor.id}`,
          { commission_rate: 20 },
          asAdmin()
        )
        const plain = await registerActiveVendor(api, admin.headers)
        const product = (vendor_id: string, title: string, price: number) =>
          createVendorProduct(container, {
            vendor_id,
            sales_channel_id: demo.salesChannelId,
            title,
            price,
            stock: 10,
          })
        const tea = await product(negotiated.vendor.id, "高山云雾茶", 100)
        const pomelo = await product(plain.vendor.id, "梁平柚", 50)
        const gift = await product(plain.vendor.id, "脐橙礼盒", 40)
        await updateProductsWorkflow(container).run({
          input: {
            products: [
              { id: tea.product.id, category_ids: [fruit.id] },
              { id: pomelo.product.id, category_ids: [fruit.id] },
              { id: gift.product.id, category_ids: [fruit.id, premium.id] },
            ],
          },
        })

        const { cart_id, headers } = await prepareCart(api, {
          publishableKey: demo.publishableKey,
          regionId: demo.regionId,
          lines: [tea, pomelo, gift].map((p) => ({
            variant_id: p.variant.id,
            quantity: 1,
          })),
          shippingProfileIds: [
            negotiated.vendor.shipping_profile.id,
            plain.vendor.shipping_profile.id,
          ],
        })
        const completed = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        const orderIds = completed.data.order_group.orders.map((o: any) => o.id)
        const lines = await marketplace().listCommissionLines({
          order_id: orderIds,
        })
        expect(
          lines
            .map((l) => [
              l.vendor_id,
              Number(l.base_amount),
              l.scope,
              l.rule_id,
              l.rate,
              Number(l.amount),
            ])
            .sort((a, b) => (b[1] as number) - (a[1] as number))
        ).toEqual([
          // The co-op's own 20 % binds, whatever its categories.
          [negotiated.vendor.id, 100, "vendor", null, 20, 20],
          // Without an override a 1 % category pays the 5 % default...
          [plain.vendor.id, 50, "default", def.data.commission_rule.id, 5, 2.5],
          // ...and a product in a 1 % and a 12 % category pays 12 %.
          [
            plain.vendor.id,
            40,
            "category",
            premiumRule.data.commission_rule.id,
            12,
            4.8,
          ],
        ])
        const payouts = await marketplace().listPayoutLines({
          order_id: orderIds,
        })
        expect(
          Object.fromEntries(
            payouts.map((p) => [p.vendor_id, Number(p.commission)])
          )
        ).toEqual({ [negotiated.vendor.id]: 20, [plain.vendor.id]: 7.3 })
      })

      it("refuses callers who are not platform admins with 401", async () => {
        const coop = await registerActiveVendor(api, admin.headers)
        for (const headers of [{}, coop.headers]) {
          const list = await fail(
            api.get("/admin/commission-rules", { headers })
          )
          expect(list.status).toBe(401)
          const create = await fail(
            api.post(
              "/admin/commission-rules",
              { scope: "default", rate: 1 },
              { headers }
            )
          )
          expect(create.status).toBe(401)
        }
        expect(await marketplace().listCommissionRules({})).toHaveLength(0)
      })
    })

    describe("GET /admin/payout-lines", () => {
      let fengjie: any
      let fuling: any

      beforeEach(async () => {
        fengjie = await registerActiveVendor(api, admin.headers, {
          name: "奉节县脐橙专业合作社",
        })
        fuling = await registerActiveVendor(api, admin.headers, {
          name: "涪陵区青菜头种植专业合作社",
          region_code: "500102",
        })
        await ledger(fengjie.vendor.id, [
          { status: "payable", gross: 147.8, commission: 6.99 },
          { status: "payable", gross: 69.9, commission: 3.5 },
          { status: "pending", gross: 19.9, commission: 1 },
        ])
        await ledger(fuling.vendor.id, [
          { status: "payable", gross: 59.7, commission: 2.99 },
        ])
      })

      it("lists lines with co-op names, pages them and totals every matching line", async () => {
        const all = await api.get("/admin/payout-lines", asAdmin())
        expect(all.data.count).toBe(4)
        expect(all.data.totals).toEqual({
          gross: 297.3,
          commission: 14.48,
          net: 282.82,
        })

        const page = await api.get(
          `/admin/payout-lines?vendor_id=${fengjie.vendor.id}&status=payable&limit=1`,
          asAdmin()
        )
        expect(page.data).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(page.data.payout_lines).toHaveLength(1)
        expect(page.data.payout_lines[0]).toMatchObject({
          vendor_id: fengjie.vendor.id,
          vendor_name: "奉节县脐橙专业合作社",
          status: "payable",
        })
        // Totals cover both matching lines, not just the page.
        expect(page.data.totals).toEqual({
          gross: 217.7,
          commission: 10.49,
          net: 207.21,
        })

        const several = await api.get(
          "/admin/payout-lines?status=pending&status=paid",
          asAdmin()
        )
        expect(several.data.count).toBe(1)
      })

      it("filters by creation date, a bare day meaning a day in Beijing time", async () => {
        const today = await api.get(
          `/admin/payout-lines?from=${isoDay(0)}&to=${isoDay(0)}`,
          asAdmin()
        )
        expect(today.data.count).toBe(4)
        const tomorrow = await api.get(
          `/admin/payout-lines?from=${isoDay(1)}`,
          asAdmin()
        )
        expect(tomorrow.data.count).toBe(0)
        expect(tomorrow.data.totals).toEqual({
          gross: 0,
          commission: 0,
          net: 0,
        })
        const yesterday = await api.get(
          `/admin/payout-lines?to=${isoDay(-1)}`,
          asAdmin()
        )
        expect(yesterday.data.count).toBe(0)
      })

      it("rejects bad filters with a 400 naming the field", async () => {
        const from = await fail(
          api.get("/admin/payout-lines?from=yesterday", asAdmin())
        )
        expect(from.status).toBe(400)
        expect(from.data.message).toMatch(
          /^Invalid request: from must be a date/
        )
        const status = await fail(
          api.get("/admin/payout-lines?status=owed", asAdmin())
        )
        expect(status.status).toBe(400)
        expect(status.data.message).toMatch(/status/)
        const format = await fail(
          api.get("/admin/payout-lines?format=xlsx", asAdmin())
        )
        expect(format.status).toBe(400)
        expect(format.data.message).toMatch(/format/)
      })

      it("exports the filtered report as a UTF-8 CSV with a BOM and bilingual headers", async () => {
        const res = await api.get(
          `/admin/payout-lines?format=csv&vendor_id=${fengjie.vendor.id}&limit=1`,
          { ...asAdmin(), responseType: "arraybuffer" }
        )
        expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
        expect(res.headers["content-disposition"]).toMatch(
          /^attachment; filename="payouts-\d{4}-\d{2}-\d{2}\.csv"$/
        )
        const bytes = Buffer.from(res.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const rows = bytes.toString("utf8").slice(1).trim().split("\r\n")
        // The whole filtered report, not one page: header + 3 lines.
        expect(rows).toHaveLength(4)
        expect(rows[0]).toContain("合作社名称 / vendor_name")
        expect(rows[0]).toContain("应付金额 / net")
        expect(
          rows.slice(1).every((r) => r.includes("奉节县脐橙专业合作社"))
        ).toBe(true)
        expect(rows.some((r) => r.includes(",147.80,6.99,140.81,"))).toBe(true)
      })

      it("refuses callers who are not platform admins with 401", async () => {
        for (const headers of [{}, fengjie.headers]) {
          const res = await fail(api.get("/admin/payout-lines", { headers }))
          expect(res.status).toBe(401)
          const csv = await fail(
            api.get("/admin/payout-lines?format=csv", { headers })
          )
          expect(csv.status).toBe(401)
        }
      })
    })

    describe("POST /admin/payouts", () => {
      let fengjie: any
      let fuling: any
      let lines: any[]
      let other: any[]

      beforeEach(async () => {
        fengjie = await registerActiveVendor(api, admin.headers, {
          name: "奉节县脐橙专业合作社",
        })
        fuling = await registerActiveVendor(api, admin.headers, {
          region_code: "500102",
        })
        lines = await ledger(fengjie.vendor.id, [
          { status: "payable", gross: 147.8, commission: 6.99 },
          { status: "payable", gross: 69.9, commission: 3.5 },
          { status: "pending", gross: 19.9, commission: 1 },
        ])
        other = await ledger(fuling.vendor.id, [
          { status: "payable", gross: 59.7, commission: 2.99 },
        ])
      })

      it("records a payout for payable lines and marks them paid", async () => {
        const res = await api.post(
          "/admin/payouts",
          {
            vendor_id: fengjie.vendor.id,
            payout_line_ids: [lines[0].id, lines[1].id],
            reference: "ICBC 20261130-0042",
            note: "十一月上旬结算",
          },
          asAdmin()
        )
        const payout = res.data.payout
        expect(payout).toMatchObject({
          vendor_id: fengjie.vendor.id,
          vendor_name: "奉节县脐橙专业合作社",
          currency_code: "cny",
          amount: 207.21,
          reference: "ICBC 20261130-0042",
          note: "十一月上旬结算",
          recorded_by: admin.user.id,
        })
        expect(payout.lines.map((l: any) => l.id).sort()).toEqual(
          [lines[0].id, lines[1].id].sort()
        )

        const paid = await marketplace().listPayoutLines({
          id: [lines[0].id, lines[1].id],
        })
        for (const line of paid) {
          expect(line.status).toBe("paid")
          expect(line.paid_at).toBeInstanceOf(Date)
          expect(line.payout_id).toBe(payout.id)
        }
        const [untouched] = await marketplace().listPayoutLines({
          id: lines[2].id,
        })
        expect(untouched.status).toBe("pending")

        const list = await api.get(
          `/admin/payouts?vendor_id=${fengjie.vendor.id}`,
          asAdmin()
        )
        expect(list.data.count).toBe(1)
        expect(list.data.payouts[0]).toMatchObject({
          id: payout.id,
          amount: 207.21,
          vendor_name: "奉节县脐橙专业合作社",
        })
        const report = await api.get(
          "/admin/payout-lines?status=paid",
          asAdmin()
        )
        expect(report.data.count).toBe(2)
        expect(report.data.totals.net).toBe(207.21)
      })

      it("refuses a pending line, naming it and its status", async () => {
        const res = await fail(
          api.post(
            "/admin/payouts",
            {
              vendor_id: fengjie.vendor.id,
              payout_line_ids: [lines[0].id, lines[2].id],
            },
            asAdmin()
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          `payout_line_ids: line "${lines[2].id}" is pending; only payable lines can be paid.`
        )
        // Nothing was paid, not even the payable line.
        const [first] = await marketplace().listPayoutLines({ id: lines[0].id })
        expect(first.status).toBe("payable")
        expect(await marketplace().listPayouts({})).toHaveLength(0)
      })

      it("refuses a line that is already paid", async () => {
        await api.post(
          "/admin/payouts",
          { vendor_id: fengjie.vendor.id, payout_line_ids: [lines[0].id] },
          asAdmin()
        )
        const res = await fail(
          api.post(
            "/admin/payouts",
            {
              vendor_id: fengjie.vendor.id,
              payout_line_ids: [lines[1].id, lines[0].id],
            },
            asAdmin()
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          new RegExp(`line "${lines[0].id}" is paid`)
        )
        expect(await marketplace().listPayouts({})).toHaveLength(1)
      })

      it("refuses another co-op's line and an unknown line, naming the line", async () => {
        const foreign = await fail(
          api.post(
            "/admin/payouts",
            {
              vendor_id: fengjie.vendor.id,
              payout_line_ids: [lines[0].id, other[0].id],
            },
            asAdmin()
          )
        )
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(
          new RegExp(`line "${other[0].id}" belongs to another co-op`)
        )
        const unknown = await fail(
          api.post(
            "/admin/payouts",
            { vendor_id: fengjie.vendor.id, payout_line_ids: ["pline_nope"] },
            asAdmin()
          )
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/line "pline_nope" does not exist/)
        const [line] = await marketplace().listPayoutLines({ id: other[0].id })
        expect(line.status).toBe("payable")
      })

      it("validates the body and the co-op", async () => {
        const empty = await fail(
          api.post(
            "/admin/payouts",
            { vendor_id: fengjie.vendor.id, payout_line_ids: [] },
            asAdmin()
          )
        )
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/payout_line_ids.*too small/)
        const missing = await fail(
          api.post(
            "/admin/payouts",
            { payout_line_ids: [lines[0].id] },
            asAdmin()
          )
        )
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/vendor_id/)
        const unknownVendor = await fail(
          api.post(
            "/admin/payouts",
            { vendor_id: "ven_nope", payout_line_ids: [lines[0].id] },
            asAdmin()
          )
        )
        expect(unknownVendor.status).toBe(404)
        expect(unknownVendor.data.message).toMatch(/ven_nope/)
      })

      it("pays a line only once when two payouts race for it", async () => {
        const body = {
          vendor_id: fengjie.vendor.id,
          payout_line_ids: [lines[0].id, lines[1].id],
        }
        const results = await Promise.allSettled([
          api.post("/admin/payouts", body, asAdmin()),
          api.post("/admin/payouts", body, asAdmin()),
        ])
        const statuses = results
          .map((r) =>
            r.status === "fulfilled" ? r.value.status : r.reason.response.status
          )
          .sort()
        expect(statuses).toEqual([200, 400])
        expect(await marketplace().listPayouts({})).toHaveLength(1)
      })

      it("rolls back the payout and the lines when a later step fails", async () => {
        const workflow = recordPayoutWorkflow(getContainer())
        let seenAtFailure: string[] = []
        workflow.appendAction("throw", markPayoutLinesPaidStepId, {
          invoke: async function failAfterMarking() {
            const marked = await marketplace().listPayoutLines({
              id: [lines[0].id, lines[1].id],
            })
            seenAtFailure = marked.map((l) => `${l.status}:${!!l.payout_id}`)
            throw new Error("injected failure after marking lines paid")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: fengjie.vendor.id,
            payout_line_ids: [lines[0].id, lines[1].id],
            reference: "rollback",
            recorded_by: admin.user.id,
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(errors[0].error.message).toMatch(/injected failure/)
        // The failure came after the payout was created and the lines marked.
        expect(seenAtFailure).toEqual(["paid:true", "paid:true"])

        const after = await marketplace().listPayoutLines({
          id: [lines[0].id, lines[1].id],
        })
        for (const line of after) {
          expect(line.status).toBe("payable")
          expect(line.paid_at).toBeNull()
          expect(line.payout_id).toBeNull()
        }
        expect(await marketplace().listPayouts({})).toHaveLength(0)

        // The co-op's lock was released: the payout can be recorded now.
        const res = await api.post(
          "/admin/payouts",
          {
            vendor_id: fengjie.vendor.id,
            payout_line_ids: [lines[0].id, lines[1].id],
          },
          asAdmin()
        )
        expect(res.data.payout.amount).toBe(207.21)
      })

      it("refuses callers who are not platform admins with 401", async () => {
        for (const headers of [{}, fengjie.headers]) {
          const create = await fail(
            api.post(
              "/admin/payouts",
              { vendor_id: fengjie.vendor.id, payout_line_ids: [lines[0].id] },
              { headers }
            )
          )
          expect(create.status).toBe(401)
          const list = await fail(api.get("/admin/payouts", { headers }))
          expect(list.status).toBe(401)
        }
        const [line] = await marketplace().listPayoutLines({ id: lines[0].id })
        expect(line.status).toBe("payable")
      })
    })

    describe("POST /admin/orders/:id/cancel (the payout ledger)", () => {
      it("cancels a canceled order's pending and payable lines, keeps paid ones, and changes nothing the second time", async () => {
        // Issue 13: canceled orders used to stay owed in the ledger.
        const container = getContainer()
        const coops = [
          await registerActiveVendor(api, admin.headers),
          await registerActiveVendor(api, admin.headers),
          await registerActiveVendor(api, admin.headers),
        ]
        const products = await Promise.all(
          coops.map((c, i) =>
            createVendorProduct(container, {
              vendor_id: c.vendor.id,
              sales_channel_id: demo.salesChannelId,
              title: `退单测试 ${i}`,
              price: 50 + i * 10,
              stock: 10,
            })
          )
        )
        const { cart_id, headers } = await prepareCart(api, {
          publishableKey: demo.publishableKey,
          regionId: demo.regionId,
          lines: products.map((p) => ({
            variant_id: p.variant.id,
            quantity: 1,
          })),
          shippingProfileIds: coops.map((c) => c.vendor.shipping_profile.id),
        })
        const completed = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        const [pendingOrder, payableOrder, paidOrder] = coops.map(
          (c) =>
            completed.data.order_group.orders.find(
              (o: any) => o.vendor_id === c.vendor.id
            ).id as string
        )
        const lineOf = async (orderId: string) =>
          (await marketplace().listPayoutLines({ order_id: orderId }))[0]
        const [pendingLine, payableLine, paidLine] = await Promise.all(
          [pendingOrder, payableOrder, paidOrder].map(lineOf)
        )
        // As the hourly job and a recorded payout would leave them.
        await marketplace().updatePayoutLines({
          selector: { id: [payableLine.id, paidLine.id] },
          data: { status: "payable" },
        })
        await api.post(
          "/admin/payouts",
          { vendor_id: coops[2].vendor.id, payout_line_ids: [paidLine.id] },
          asAdmin()
        )

        // An order that is not canceled keeps its line.
        const early = await cancelOrderPayoutLinesWorkflow(container).run({
          input: { order_ids: [pendingOrder] },
          throwOnError: false,
        })
        expect(early.errors[0].error.message).toBe(
          `Order "${pendingOrder}" is pending; only a canceled order's payout lines can be cancelled.`
        )
        expect((await lineOf(pendingOrder)).status).toBe("pending")

        for (const orderId of [pendingOrder, payableOrder, paidOrder]) {
          const handled = TestEventUtils.waitSubscribersExecution(
            OrderWorkflowEvents.CANCELED,
            container.resolve(Modules.EVENT_BUS)
          )
          await api.post(`/admin/orders/${orderId}/cancel`, {}, asAdmin())
          await handled
        }
        const after = await Promise.all(
          [pendingOrder, payableOrder, paidOrder].map(lineOf)
        )
        expect(after.map((l) => l.status)).toEqual([
          "cancelled",
          "cancelled",
          "paid",
        ])
        // Nothing else on the lines moved.
        const amounts = (l: any) => [l.id, Number(l.gross), Number(l.net)]
        expect(after.map(amounts)).toEqual(
          [pendingLine, payableLine, paidLine].map(amounts)
        )
        expect(after.map((l) => !!l.payout_id)).toEqual([false, false, true])

        // Totals leave cancelled lines out unless they are asked for.
        const ids = coops.map((c) => `vendor_id=${c.vendor.id}`).join("&")
        const report = await api.get(`/admin/payout-lines?${ids}`, asAdmin())
        expect(report.data.count).toBe(3)
        expect(report.data.totals.gross).toBe(Number(paidLine.gross))
        const cancelled = await api.get(
          `/admin/payout-lines?${ids}&status=cancelled`,
          asAdmin()
        )
        expect(cancelled.data.count).toBe(2)
        expect(cancelled.data.totals.gross).toBe(
          Number(pendingLine.gross) + Number(payableLine.gross)
        )
        const ledger = await api.get("/vendors/payouts", {
          headers: coops[1].headers,
        })
        expect(ledger.data.totals).toEqual({ pending: 0, payable: 0, paid: 0 })

        // A second run finds nothing to do and changes nothing.
        const { result: again } = await cancelOrderPayoutLinesWorkflow(
          container
        ).run({ input: { order_ids: [pendingOrder, payableOrder, paidOrder] } })
        expect(again).toEqual({ cancelled_ids: [], paid_ids: [paidLine.id] })
        const rerun = await Promise.all(
          [pendingOrder, payableOrder, paidOrder].map(lineOf)
        )
        expect(rerun.map((l) => [l.status, +new Date(l.updated_at)])).toEqual(
          after.map((l) => [l.status, +new Date(l.updated_at)])
        )

        // Rolled back, every line gets its own status back.
        await marketplace().updatePayoutLines([
          { id: pendingLine.id, status: "pending" },
          { id: payableLine.id, status: "payable" },
        ])
        const workflow = cancelOrderPayoutLinesWorkflow(container)
        workflow.appendAction("throw", cancelOrderPayoutLinesStepId, {
          invoke: async function failAfterCancelling() {
            throw new Error("injected failure after cancelling lines")
          },
        })
        const { errors } = await workflow.run({
          input: { order_ids: [pendingOrder, payableOrder] },
          throwOnError: false,
        })
        expect(errors[0].error.message).toMatch(/injected failure/)
        expect(
          (await Promise.all([pendingOrder, payableOrder].map(lineOf))).map(
            (l) => l.status
          )
        ).toEqual(["pending", "payable"])
      })
    })

    describe("GET /admin/vendors/:id/summary", () => {
      it("returns the co-op's products, orders and ledger totals per status", async () => {
        const coop = await registerActiveVendor(api, admin.headers)
        const { product } = await createVendorProduct(getContainer(), {
          vendor_id: coop.vendor.id,
          sales_channel_id: demo.salesChannelId,
          title: "奉节脐橙 特级",
          price: 69.9,
          stock: 10,
        })
        await ledger(coop.vendor.id, [
          { status: "payable", gross: 147.8, commission: 6.99 },
          { status: "pending", gross: 19.9, commission: 1 },
        ])
        const res = await api.get(
          `/admin/vendors/${coop.vendor.id}/summary`,
          asAdmin()
        )
        expect(res.data.products).toEqual([
          expect.objectContaining({
            id: product.id,
            title: "奉节脐橙 特级",
            status: "published",
          }),
        ])
        expect(res.data.orders).toEqual({ orders: [], count: 0 })
        expect(res.data.ledger.count).toBe(2)
        expect(res.data.ledger.payout_lines).toHaveLength(2)
        expect(res.data.ledger.totals.payable).toEqual({
          count: 1,
          gross: 147.8,
          commission: 6.99,
          net: 140.81,
        })
        expect(res.data.ledger.totals.pending.count).toBe(1)
        expect(res.data.ledger.totals.paid.count).toBe(0)

        const unknown = await fail(
          api.get("/admin/vendors/ven_nope/summary", asAdmin())
        )
        expect(unknown.status).toBe(404)
        const asCoop = await fail(
          api.get(`/admin/vendors/${coop.vendor.id}/summary`, {
            headers: coop.headers,
          })
        )
        expect(asCoop.status).toBe(401)
      })
    })
  },
})
