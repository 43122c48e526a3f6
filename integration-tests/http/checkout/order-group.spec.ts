import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentEvents,
} from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  upsertVariantPricesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  completeCartWithOrderGroupWorkflow,
  completePaidCartWorkflow,
  PAYMENT_WEBHOOK_RECEIVED,
} from "../../../src/workflows/checkout"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import { recordOrderCommissionsStepId } from "../../../src/workflows/checkout/steps/record-order-commissions"
import { createAdminUser } from "../../helpers/auth"
import {
  type CheckoutFailure,
  type CheckoutOutcome,
  createPickupPoint,
  createVendorProduct,
  prepareCart,
  SHIPPING_ADDRESS,
  storefrontCheckout,
  summarizeCheckouts,
} from "../../helpers/checkout"
import { seedDemoStore } from "../../helpers/demo-store"
import { registerActiveVendor } from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>
    let admin: { headers: Record<string, string> }
    let fengjie: any
    let fuling: any
    let orange: any
    let zhacai: any

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdminUser(container)
      fengjie = await registerActiveVendor(api, admin.headers, {
        name: "奉节县脐橙专业合作社",
      })
      fuling = await registerActiveVendor(api, admin.headers, {
        name: "涪陵区青菜头种植专业合作社",
        region_code: "500102",
      })
      orange = await createVendorProduct(container, {
        vendor_id: fengjie.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "奉节脐橙 特级",
        price: 69.9,
        stock: 100,
      })
      zhacai = await createVendorProduct(container, {
        vendor_id: fuling.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "涪陵榨菜 80g×10",
        price: 19.9,
        stock: 100,
      })
    })

    const twoCoopCart = () =>
      prepareCart(api, {
        publishableKey: demo.publishableKey,
        regionId: demo.regionId,
        lines: [
          { variant_id: orange.variant.id, quantity: 2 },
          { variant_id: zhacai.variant.id, quantity: 3 },
        ],
        shippingProfileIds: [
          fengjie.vendor.shipping_profile.id,
          fuling.vendor.shipping_profile.id,
        ],
      })

    describe("POST /store/carts/:id/complete", () => {
      it("turns one cart and one payment into a group of one order per co-op", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const res = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        expect(res.data.type).toBe("order")
        const group = res.data.order_group
        expect(group.orders.map((o: any) => o.id)).toContain(res.data.order.id)
        expect(group.display_id).toEqual(expect.any(Number))
        expect(group.orders).toHaveLength(2)

        const byVendor = Object.fromEntries(
          group.orders.map((o: any) => [o.vendor_id, o])
        )
        const orangeOrder = byVendor[fengjie.vendor.id]
        const zhacaiOrder = byVendor[fuling.vendor.id]
        expect(orangeOrder.items).toEqual([
          expect.objectContaining({
            variant_id: orange.variant.id,
            quantity: 2,
          }),
        ])
        expect(zhacaiOrder.items).toEqual([
          expect.objectContaining({
            variant_id: zhacai.variant.id,
            quantity: 3,
          }),
        ])
        // Each order has its own co-op delivery (¥8) and tax-inclusive total.
        expect(orangeOrder.shipping_methods).toHaveLength(1)
        expect(orangeOrder.total).toBeCloseTo(69.9 * 2 + 8, 2)
        expect(zhacaiOrder.total).toBeCloseTo(19.9 * 3 + 8, 2)

        // Stock is reserved at each co-op's own location.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: reservations } = await query.graph({
          entity: "reservation",
          fields: ["inventory_item_id", "quantity", "location_id"],
          filters: {
            inventory_item_id: [
              orange.inventory_item_id,
              zhacai.inventory_item_id,
            ],
          },
        })
        expect(
          reservations
            .map((r: any) => [r.location_id, Number(r.quantity)])
            .sort()
        ).toEqual(
          [
            [fengjie.vendor.stock_location.id, 2],
            [fuling.vendor.stock_location.id, 3],
          ].sort()
        )

        // Commission lines at the default 5 %, and a pending ledger line each.
        const marketplace = getContainer().resolve("marketplace") as any
        const lines = await marketplace.listCommissionLines({
          order_id: [orangeOrder.id, zhacaiOrder.id],
        })
        expect(lines).toHaveLength(2)
        const orangeLine = lines.find((l: any) => l.order_id === orangeOrder.id)
        expect(orangeLine).toMatchObject({ rate: 5, scope: "default" })
        expect(Number(orangeLine.amount)).toBeCloseTo(6.99, 2)
        const payouts = await marketplace.listPayoutLines({
          order_id: [orangeOrder.id, zhacaiOrder.id],
        })
        const orangePayout = payouts.find(
          (p: any) => p.order_id === orangeOrder.id
        )
        expect(orangePayout.status).toBe("pending")
        expect(Number(orangePayout.gross)).toBeCloseTo(147.8, 2)
        expect(Number(orangePayout.net)).toBeCloseTo(147.8 - 6.99, 2)
      })

      it("shows each co-op its share as the one payment paid it: authorized, captured, refunded", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const res = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        const orangeOrder = res.data.order_group.orders.find(
          (o: any) => o.vendor_id === fengjie.vendor.id
        )
        const share = async () =>
          (
            await api.get(`/vendors/orders/${orangeOrder.id}`, {
              headers: fengjie.headers,
            })
          ).data.order
        // Medusa alone would say not_paid: the payment is on the cart.
        const listed = await api.get("/vendors/orders", {
          headers: fengjie.headers,
        })
        expect(listed.data.orders).toEqual([
          expect.objectContaining({
            id: orangeOrder.id,
            payment_status: "authorized",
            payment: { status: "authorized", orders_in_payment: 2 },
          }),
        ])
        expect((await share()).payment_status).toBe("authorized")

        const payments = getContainer().resolve(Modules.PAYMENT)
        const [payment] = await payments.listPayments(
          {},
          { relations: ["payment_collection"] }
        )
        // The list is cached per page (src/api/vendors/orders/page-cache.ts):
        // the capture's event changes its version, so it shows at once.
        const captured = TestEventUtils.waitSubscribersExecution(
          PaymentEvents.CAPTURED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await capturePaymentWorkflow(getContainer()).run({
          input: { payment_id: payment.id },
        })
        await captured
        const relisted = await api.get("/vendors/orders", {
          headers: fengjie.headers,
        })
        expect(relisted.data.orders).toEqual([
          expect.objectContaining({
            id: orangeOrder.id,
            payment_status: "captured",
            payment: { status: "captured", orders_in_payment: 2 },
          }),
        ])
        expect(await share()).toMatchObject({
          payment_status: "captured",
          payment: { status: "captured", orders_in_payment: 2 },
        })
        await payments.refundPayment({ payment_id: payment.id, amount: 10 })
        expect((await share()).payment_status).toBe("partially_refunded")
        await payments.refundPayment({
          payment_id: payment.id,
          amount: Number(payment.amount) - 10,
        })
        expect((await share()).payment_status).toBe("refunded")
      })

      it("returns the same group when completed again", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const first = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        const second = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        expect(second.data.order_group.id).toBe(first.data.order_group.id)
        expect(
          second.data.order_group.orders.map((o: any) => o.id).sort()
        ).toEqual(first.data.order_group.orders.map((o: any) => o.id).sort())
        const marketplace = getContainer().resolve("marketplace") as any
        expect(await marketplace.listOrderGroups({ cart_id })).toHaveLength(1)
      })

      it("refuses a cart holding a suspended co-op's item with a clear 400 and creates nothing", async () => {
        const { cart_id, headers } = await twoCoopCart()
        await api.post(
          `/admin/vendors/${fuling.vendor.id}/suspend`,
          { reason: "抽检不合格" },
          { headers: admin.headers }
        )
        const err = await api
          .post(`/store/carts/${cart_id}/complete`, {}, { headers })
          .catch((e) => e)
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(
          /涪陵区青菜头种植专业合作社.*suspended/
        )
        const marketplace = getContainer().resolve("marketplace") as any
        expect(await marketplace.listOrderGroups({ cart_id })).toHaveLength(0)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(0)
        const { data: reservations } = await query.graph({
          entity: "reservation",
          fields: ["id"],
        })
        expect(reservations).toHaveLength(0)
      })

      it("refuses a co-op's items without that co-op's shipping method", async () => {
        const { cart_id, headers } = await prepareCart(api, {
          publishableKey: demo.publishableKey,
          regionId: demo.regionId,
          lines: [
            { variant_id: orange.variant.id, quantity: 1 },
            { variant_id: zhacai.variant.id, quantity: 1 },
          ],
          shippingProfileIds: [fengjie.vendor.shipping_profile.id],
        })
        const err = await api
          .post(`/store/carts/${cart_id}/complete`, {}, { headers })
          .catch((e) => e)
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(
          /Choose a shipping method for the items from "涪陵区青菜头种植专业合作社"/
        )
      })

      it("refuses delivery without a street address, a name or a mainland phone with a 400 naming the field", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const cases = [
          [
            { address_1: "" },
            /^shipping_address\.address_1: /,
            "delivery_address_required",
          ],
          [
            { address_1: "500103" },
            /^shipping_address\.address_1: "500103"/,
            "delivery_address_code",
          ],
          [
            { first_name: "", last_name: "" },
            /^shipping_address\.first_name: /,
            "delivery_name_required",
          ],
          [
            { phone: "12345" },
            /^shipping_address\.phone: "12345"/,
            "mainland_phone",
          ],
        ] as const
        for (const [change, message, rule] of cases) {
          await api.post(
            `/store/carts/${cart_id}`,
            { shipping_address: { ...SHIPPING_ADDRESS, ...change } },
            { headers }
          )
          const err = await api
            .post(`/store/carts/${cart_id}/complete`, {}, { headers })
            .catch((e) => e)
          expect([change, err.response?.status]).toEqual([change, 400])
          expect(err.response.data.message).toMatch(message)
          // The field and rule for clients, as docs/api.md "Errors" lists them.
          expect(err.response.data.errors).toEqual([
            expect.objectContaining({
              field: `shipping_address.${Object.keys(change)[0]}`,
              rule,
            }),
          ])
        }
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: groups } = await query.graph({
          entity: "order_group",
          fields: ["id"],
          filters: { cart_id },
        })
        expect(groups).toHaveLength(0)

        await api.post(
          `/store/carts/${cart_id}`,
          { shipping_address: SHIPPING_ADDRESS },
          { headers }
        )
        // An address change may refresh the cart's payment: start it again.
        const {
          data: { payment_collection },
        } = await api.post(
          "/store/payment-collections",
          { cart_id },
          { headers }
        )
        await api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          { headers }
        )
        const { data } = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        expect(data.order_group.orders).toHaveLength(2)
        const { data: placed } = await query.graph({
          entity: "order",
          fields: ["id", "metadata"],
          filters: { id: data.order_group.orders.map((o: any) => o.id) },
        })
        for (const order of placed) {
          expect(order.metadata?.delivery).toEqual({
            arrival_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          })
          expect(order.metadata?.pickup).toBeUndefined()
        }
      })
    })

    describe("cart lines: whole quantities and valid prices", () => {
      const fail = (p: Promise<unknown>) =>
        p.then(
          () => {
            throw new Error("expected the request to fail")
          },
          (e: any) => e.response
        )
      const linesOf = async (cartId: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["items.variant_id", "items.quantity", "items.unit_price"],
          filters: { id: cartId },
        })
        return (cart.items ?? [])
          .map((i: any) => ({
            variant_id: i.variant_id,
            quantity: Number(i.quantity),
            unit_price: Number(i.unit_price),
          }))
          .sort((a: any, b: any) => a.unit_price - b.unit_price)
      }
      const before = () => [
        { variant_id: zhacai.variant.id, quantity: 3, unit_price: 19.9 },
        { variant_id: orange.variant.id, quantity: 2, unit_price: 69.9 },
      ]

      it("refuses a fractional quantity with a 400 naming quantity, leaving the cart as it was", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const orangeLine = (
          await api.get(`/store/carts/${cart_id}`, { headers })
        ).data.cart.items.find((i: any) => i.variant_id === orange.variant.id)

        const added = await fail(
          api.post(
            `/store/carts/${cart_id}/line-items`,
            { variant_id: zhacai.variant.id, quantity: 1.5 },
            { headers }
          )
        )
        expect(added.status).toBe(400)
        expect(added.data.message).toBe(
          "Invalid request: quantity must be a whole number (got 1.5)."
        )
        const updated = await fail(
          api.post(
            `/store/carts/${cart_id}/line-items/${orangeLine.id}`,
            { quantity: 2.5 },
            { headers }
          )
        )
        expect(updated.status).toBe(400)
        expect(updated.data.message).toBe(
          "Invalid request: quantity must be a whole number (got 2.5)."
        )
        const huge = await fail(
          api.post(
            `/store/carts/${cart_id}/line-items/${orangeLine.id}`,
            { quantity: 1e9 },
            { headers }
          )
        )
        expect(huge.status).toBe(400)
        expect(huge.data.message).toContain("quantity must be at most 100000")
        expect(await linesOf(cart_id)).toEqual(before())

        const created = await fail(
          api.post(
            "/store/carts",
            {
              region_id: demo.regionId,
              items: [{ variant_id: orange.variant.id, quantity: 0.5 }],
            },
            { headers }
          )
        )
        expect(created.status).toBe(400)
        expect(created.data.message).toBe(
          "Invalid request: items[0].quantity must be a whole number (got 0.5)."
        )
      })

      it("refuses a line priced from a variant whose stored price is -10 with a 400 naming it, not a 500", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const orangeLine = (
          await api.get(`/store/carts/${cart_id}`, { headers })
        ).data.cart.items.find((i: any) => i.variant_id === orange.variant.id)
        // Written past the routes' price rule, as an old bad price would be.
        await upsertVariantPricesWorkflow(getContainer()).run({
          input: {
            variantPrices: [
              {
                variant_id: orange.variant.id,
                product_id: orange.product.id,
                prices: [{ amount: -10, currency_code: "cny" }],
              },
            ],
            previousVariantIds: [orange.variant.id],
          },
        })
        const refusal = new RegExp(
          `Variant "奉节脐橙 特级 5kg" \\(${orange.variant.id}\\) is priced -10 yuan: its price breaks the price rule`
        )
        for (const request of [
          api.post(
            `/store/carts/${cart_id}/line-items`,
            { variant_id: orange.variant.id, quantity: 1 },
            { headers }
          ),
          api.post(
            `/store/carts/${cart_id}/line-items/${orangeLine.id}`,
            { quantity: 1 },
            { headers }
          ),
          api.post(
            "/store/carts",
            {
              region_id: demo.regionId,
              items: [{ variant_id: orange.variant.id, quantity: 1 }],
            },
            { headers }
          ),
        ]) {
          const res = await fail(request)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(refusal)
        }
        expect(await linesOf(cart_id)).toEqual(before())
        expect(
          (await api.get(`/store/carts/${cart_id}`, { headers })).status
        ).toBe(200)
        // The shopper can still take the line out.
        const removed = await api
          .delete(`/store/carts/${cart_id}/line-items/${orangeLine.id}`, {
            headers,
          })
          .catch((e) => e.response)
        expect([removed.status, removed.data.message]).toEqual([200, undefined])
        expect(await linesOf(cart_id)).toEqual([before()[0]])
      })
    })

    describe("concurrent completions", () => {
      it("sells the last 5 units to exactly 5 of 20 concurrent checkouts", async () => {
        const container = getContainer()
        const lastFive = await createVendorProduct(container, {
          vendor_id: fengjie.vendor.id,
          sales_channel_id: demo.salesChannelId,
          title: "奉节脐橙 礼盒 (最后 5 箱)",
          price: 128,
          stock: 5,
          sku: "FJQC-GIFT-LAST5",
        })
        const carts: { cart_id: string; headers: Record<string, string> }[] = []
        for (let i = 0; i < 20; i++) {
          carts.push(
            await prepareCart(api, {
              publishableKey: demo.publishableKey,
              regionId: demo.regionId,
              lines: [{ variant_id: lastFive.variant.id, quantity: 1 }],
              shippingProfileIds: [fengjie.vendor.shipping_profile.id],
            })
          )
        }

        const outcomes = await Promise.all(
          carts.map(({ cart_id, headers }) =>
            api
              .post(`/store/carts/${cart_id}/complete`, {}, { headers })
              .then((res) => ({ ok: true as const, res }))
              .catch((err) => ({ ok: false as const, err }))
          )
        )

        const succeeded = outcomes.filter((o) => o.ok)
        const failed = outcomes.filter((o) => !o.ok) as { err: any }[]
        expect(succeeded).toHaveLength(5)
        expect(failed).toHaveLength(15)
        for (const { err } of failed) {
          expect(err.response?.status).toBe(400)
          expect(err.response.data.message).toMatch(/Not enough stock/)
        }

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "reserved_quantity"],
          filters: { inventory_item_id: lastFive.inventory_item_id },
        })
        expect(levels).toEqual([
          expect.objectContaining({
            stocked_quantity: 5,
            reserved_quantity: 5,
          }),
        ])
        const marketplace = container.resolve("marketplace") as any
        const groups = await marketplace.listOrderGroups({
          cart_id: carts.map((c) => c.cart_id),
        })
        expect(groups).toHaveLength(5)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(5)
      })

      it(
        "runs 50 whole two-co-op pickup checkouts at once with no 5xx, no oversell and no overfilled point",
        async () => {
          const container = getContainer()
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const pickup = container.resolve(PICKUP_MODULE) as any
          // Half the shoppers want a gift box of which 10 are left; the other
          // half pick up at a point with 15 ambient compartments, and each of
          // their checkouts needs two (one per co-op's parcel), so 7 fit.
          const STOCK = 10
          const COMPARTMENTS = 15
          const PER_COHORT = 25
          const giftBox = await createVendorProduct(container, {
            vendor_id: fengjie.vendor.id,
            sales_channel_id: demo.salesChannelId,
            title: "奉节脐橙 礼盒 (最后 10 箱)",
            price: 128,
            stock: STOCK,
            sku: "FJQC-GIFT-LAST10",
          })
          const roomy = await createPickupPoint(container, { ambient: 100 })
          const small = await createPickupPoint(container, {
            ambient: COMPARTMENTS,
          })
          const checkout = (first: string, pointId: string, i: number) =>
            storefrontCheckout(api, {
              publishableKey: demo.publishableKey,
              regionId: demo.regionId,
              lines: [
                { variant_id: first, quantity: 1 },
                { variant_id: zhacai.variant.id, quantity: 1 },
              ],
              pickupPointId: pointId,
              email: `shopper-${i}@example.com`,
            })

          const started = Date.now()
          const [stockCohort, pointCohort] = await Promise.all([
            Promise.all(
              Array.from({ length: PER_COHORT }, (_, i) =>
                checkout(giftBox.variant.id, roomy.id, i)
              )
            ),
            Promise.all(
              Array.from({ length: PER_COHORT }, (_, i) =>
                checkout(orange.variant.id, small.id, PER_COHORT + i)
              )
            ),
          ])
          const seconds = (Date.now() - started) / 1000
          const all = [...stockCohort, ...pointCohort]
          // The run's shape, for the log: time, outcomes, latency per step.
          process.stdout.write(summarizeCheckouts(all, seconds) + "\n")

          // No request of any checkout got a 5xx.
          expect(
            all.flatMap((o) => o.requests).filter((r) => r.status >= 500)
          ).toEqual([])
          const failures = (cohort: CheckoutOutcome[]) =>
            cohort.filter((o) => !o.ok) as (CheckoutFailure & {
              cart_id: string | null
            })[]
          // Every refusal is a 4xx that names its reason: the gift box ran out,
          // or the small point has no room left for both parcels.
          for (const failure of failures(stockCohort)) {
            expect([failure.step, failure.status]).toEqual(["complete", 400])
            expect(failure.message).toMatch(
              new RegExp(
                `^Not enough stock available for item ${giftBox.inventory_item_id}`
              )
            )
          }
          for (const failure of failures(pointCohort)) {
            expect(["add shipping method", "complete"]).toContain(failure.step)
            expect(failure.status).toBe(400)
            expect(failure.message).toMatch(
              /^data\.pickup_point_id: .* has no free ambient compartment on \d{4}-\d{2}-\d{2}/
            )
          }
          const placedA = stockCohort.filter((o) => o.ok)
          const placedB = pointCohort.filter((o) => o.ok)
          expect(placedA).toHaveLength(STOCK)
          expect(placedB).toHaveLength(Math.floor(COMPARTMENTS / 2))
          const placed = [...placedA, ...placedB] as any[]

          // One group per successful checkout, each with one order per co-op.
          for (const outcome of placed) {
            expect(
              outcome.order_group.orders.map((o: any) => o.vendor_id).sort()
            ).toEqual([fengjie.vendor.id, fuling.vendor.id].sort())
          }
          const marketplace = container.resolve("marketplace") as any
          const groups = await marketplace.listOrderGroups({})
          expect(groups.map((g: any) => g.cart_id).sort()).toEqual(
            placed.map((o) => o.cart_id).sort()
          )
          const orderIds = placed.flatMap((o) =>
            o.order_group.orders.map((order: any) => order.id)
          )
          const { data: orders } = await query.graph({
            entity: "order",
            fields: ["id"],
          })
          expect(orders.map((o: any) => o.id).sort()).toEqual(orderIds.sort())
          expect(await marketplace.listCommissionLines({})).toHaveLength(
            orderIds.length
          )
          expect(await marketplace.listPayoutLines({})).toHaveLength(
            orderIds.length
          )

          // Reserved stock is exactly what was sold: nothing oversold, and no
          // reservation left behind by a refused checkout.
          const reserved = async (inventoryItemId: string) => {
            const { data: levels } = await query.graph({
              entity: "inventory_level",
              fields: ["stocked_quantity", "reserved_quantity"],
              filters: { inventory_item_id: inventoryItemId },
            })
            const { data: items } = await query.graph({
              entity: "reservation",
              fields: ["quantity"],
              filters: { inventory_item_id: inventoryItemId },
            })
            return {
              level: Number(levels[0].reserved_quantity),
              reservations: items.reduce(
                (n: number, r: any) => n + Number(r.quantity),
                0
              ),
            }
          }
          expect(await reserved(giftBox.inventory_item_id)).toEqual({
            level: STOCK,
            reservations: STOCK,
          })
          expect(await reserved(orange.inventory_item_id)).toEqual({
            level: placedB.length,
            reservations: placedB.length,
          })
          expect(await reserved(zhacai.inventory_item_id)).toEqual({
            level: placed.length,
            reservations: placed.length,
          })

          // Compartments: one active reservation per placed order, and the
          // small point holds no more than it has.
          const claims = await pickup.listPickupReservations({
            status: "active",
          })
          expect(claims.map((c: any) => c.order_id).sort()).toEqual(
            orderIds.sort()
          )
          const atSmall = claims.filter((c: any) => c.point_id === small.id)
          expect(atSmall.length).toBeLessThanOrEqual(COMPARTMENTS)
          expect(atSmall).toHaveLength(placedB.length * 2)

          // Refused carts stay open for the shopper to change.
          const refusedCarts = all
            .filter((o) => !o.ok && o.cart_id)
            .map((o) => o.cart_id as string)
          const { data: carts } = await query.graph({
            entity: "cart",
            fields: ["id", "completed_at"],
            filters: { id: refusedCarts },
          })
          expect(carts.filter((c: any) => c.completed_at)).toEqual([])

          // Medusa caches variant reads (caching flag on): the next shopper
          // still sees the sold-out box as sold out.
          const late = await api
            .post(
              "/store/carts?fields=id",
              {
                region_id: demo.regionId,
                items: [{ variant_id: giftBox.variant.id, quantity: 1 }],
              },
              { headers: { "x-publishable-api-key": demo.publishableKey } }
            )
            .catch((e) => e)
          expect(late.response?.status).toBe(400)
          expect(late.response.data.message).toBe(
            "Some variant does not have the required inventory"
          )
        },
        // 50 whole checkouts cost Medusa minutes of CPU on a busy 2-core box.
        600 * 1000
      )

      it("gives two simultaneous completions of one cart the same group", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const [first, second] = await Promise.all(
          [0, 1].map(() =>
            api.post(`/store/carts/${cart_id}/complete`, {}, { headers })
          )
        )
        expect(second.data.order_group.id).toBe(first.data.order_group.id)
        const marketplace = getContainer().resolve("marketplace") as any
        expect(await marketplace.listOrderGroups({ cart_id })).toHaveLength(1)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(2)
      })

      it("answers a change to a cart whose lock another request holds with a 409 to try again, not a 500", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const locking = getContainer().resolve(Modules.LOCKING)
        // As a completion in progress holds it.
        await locking.acquire(cart_id, { ownerId: "completion", expire: 30 })
        try {
          // Medusa's add-to-cart waits 2 s for the cart's lock, then fails.
          const err = await api
            .post(
              `/store/carts/${cart_id}/line-items?fields=id`,
              { variant_id: orange.variant.id, quantity: 1 },
              { headers }
            )
            .catch((e) => e)
          expect(err.response?.status).toBe(409)
          expect(err.response.data).toEqual({
            type: "conflict",
            code: "invalid_state_error",
            message:
              "购物车正被另一个请求修改，请重试 / This cart is being changed by another request; try again.",
          })
        } finally {
          await locking.release(cart_id, { ownerId: "completion" })
        }
        // Once the lock is free, the same request goes through.
        const ok = await api.post(
          `/store/carts/${cart_id}/line-items?fields=id`,
          { variant_id: orange.variant.id, quantity: 1 },
          { headers }
        )
        expect(ok.status).toBe(200)
      })
    })

    describe("the payment webhook path", () => {
      const sessionOf = async (cartId: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["payment_collection.payment_sessions.id"],
          filters: { id: cartId },
        })
        return cart.payment_collection!.payment_sessions![0]!.id as string
      }

      it("completes a paid cart into the same split, and the store's complete then returns that group", async () => {
        const { cart_id, headers } = await twoCoopCart()
        const { result } = await completePaidCartWorkflow(getContainer()).run({
          input: { session_id: await sessionOf(cart_id) },
        })
        expect(result).toMatchObject({ cart_id, created: true })

        const res = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        expect(res.data.order_group.id).toBe(result!.order_group_id)
        expect(
          res.data.order_group.orders.map((o: any) => o.vendor_id).sort()
        ).toEqual([fengjie.vendor.id, fuling.vendor.id].sort())
      })

      it("answers POST /hooks/payment/:provider itself and hands the webhook to our completion path", async () => {
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const received = new Promise<any>((resolve) =>
          bus.subscribe(PAYMENT_WEBHOOK_RECEIVED, async (event: any) =>
            resolve(event)
          )
        )
        const res = await api.post("/hooks/payment/system_default", {
          type: "payment_intent.succeeded",
        })
        expect(res.status).toBe(200)
        await expect(received).resolves.toMatchObject({
          data: { provider: "system_default" },
        })
      })

      it("queues nothing for an unknown provider (404), an oversized body (413) or a flood (429)", async () => {
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const queued: any[] = []
        let last: (event: any) => void = () => {}
        const lastArrived = new Promise<any>((resolve) => (last = resolve))
        bus.subscribe(PAYMENT_WEBHOOK_RECEIVED, async (event: any) => {
          queued.push(event.data)
          if (event.data.payload.data.marker === "last") {
            last(event)
          }
        })
        const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })
        const refusal = (promise: Promise<unknown>) =>
          promise.then(
            () => {
              throw new Error("expected the webhook to be refused")
            },
            (e: any) => e.response
          )

        const unknown = await refusal(
          api.post("/hooks/payment/nope", {}, from("198.51.100.1"))
        )
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe(
          'Payment provider "nope" was not found.'
        )

        const big = await refusal(
          api.post(
            "/hooks/payment/system_default",
            { pad: "x".repeat(300 * 1024) },
            from("198.51.100.2")
          )
        )
        expect(big.status).toBe(413)
        const fair = await api.post(
          "/hooks/payment/system_default",
          { pad: "x".repeat(50 * 1024), marker: "fair" },
          from("198.51.100.2")
        )
        expect(fair.status).toBe(200)

        // 60 a minute per address; the 61st gets a 429, and is not queued.
        for (let i = 0; i < 60; i++) {
          await refusal(
            api.post("/hooks/payment/nope", {}, from("198.51.100.3"))
          )
        }
        const flood = await refusal(
          api.post(
            "/hooks/payment/system_default",
            { marker: "flood" },
            from("198.51.100.3")
          )
        )
        expect(flood.status).toBe(429)
        expect(Number(flood.headers["retry-after"])).toBeGreaterThan(0)
        expect(Number(flood.headers["retry-after"])).toBeLessThanOrEqual(60)

        await api.post(
          "/hooks/payment/system_default",
          { marker: "last" },
          from("198.51.100.4")
        )
        await lastArrived
        expect(queued.map((d) => d.payload.data.marker)).toEqual([
          "fair",
          "last",
        ])
      })
    })

    describe("events", () => {
      it("emits order.placed for each co-op order and order_group.placed once", async () => {
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const seen: Record<string, any[]> = { placed: [], group: [] }
        bus.subscribe("order.placed", async (e: any) => {
          seen.placed.push(e.data)
        })
        bus.subscribe("order_group.placed", async (e: any) => {
          seen.group.push(e.data)
        })
        const { cart_id, headers } = await twoCoopCart()
        const res = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        const group = res.data.order_group
        expect(seen.group).toEqual([{ id: group.id }])
        expect(seen.placed.map((d) => d.id).sort()).toEqual(
          group.orders.map((o: any) => o.id).sort()
        )
      })
    })

    describe("rollback", () => {
      it("leaves no group, order, reservation or ledger line when a late step fails", async () => {
        const { cart_id } = await twoCoopCart()
        const workflow = completeCartWithOrderGroupWorkflow(getContainer())
        workflow.appendAction("throw", recordOrderCommissionsStepId, {
          invoke: async () => {
            throw new Error("injected failure after the commissions")
          },
        })
        const { errors } = await workflow.run({
          input: { cart_id },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "injected failure after the commissions"
        )

        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const marketplace = container.resolve("marketplace") as any
        expect(await marketplace.listOrderGroups({ cart_id })).toHaveLength(0)
        expect(await marketplace.listCommissionLines({})).toHaveLength(0)
        expect(await marketplace.listPayoutLines({})).toHaveLength(0)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(0)
        const { data: reservations } = await query.graph({
          entity: "reservation",
          fields: ["id"],
        })
        expect(reservations).toHaveLength(0)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["completed_at"],
          filters: { id: cart_id },
        })
        expect(cart.completed_at).toBeNull()
      })
    })

    describe("GET /store/shipping-options", () => {
      it("offers only the options of the co-ops in the cart, each naming its co-op", async () => {
        const headers = { "x-publishable-api-key": demo.publishableKey }
        // A third co-op with a product, not in the cart.
        const other = await registerActiveVendor(api, admin.headers, {
          name: "梁平区金带柚子专业合作社",
          region_code: "500155",
        })
        const {
          data: { cart },
        } = await api.post(
          "/store/carts",
          {
            region_id: demo.regionId,
            items: [
              { variant_id: orange.variant.id, quantity: 1 },
              { variant_id: zhacai.variant.id, quantity: 1 },
            ],
          },
          { headers }
        )
        const res = await api.get(
          `/store/shipping-options?cart_id=${cart.id}`,
          {
            headers,
          }
        )
        const options = res.data.shipping_options
        // Each co-op's delivery option and its ambient pickup option.
        expect(
          [...new Set(options.map((o: any) => o.shipping_profile_id))].sort()
        ).toEqual(
          [
            fengjie.vendor.shipping_profile.id,
            fuling.vendor.shipping_profile.id,
          ].sort()
        )
        expect(
          [...new Set(options.map((o: any) => o.vendor.id))].sort()
        ).toEqual([fengjie.vendor.id, fuling.vendor.id].sort())
        expect(
          options.some(
            (o: any) =>
              o.shipping_profile_id === other.vendor.shipping_profile.id
          )
        ).toBe(false)
      })
    })
  },
})
