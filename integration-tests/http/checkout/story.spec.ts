import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completePaidCartWorkflow } from "../../../src/workflows/checkout"
import { releasePayablePayoutLinesWorkflow } from "../../../src/workflows/ledger"
import { createAdminUser } from "../../helpers/auth"
import { createVendorProduct, prepareCart } from "../../helpers/checkout"
import { registerCustomer } from "../../helpers/customers"
import { seedDemoStore } from "../../helpers/demo-store"
import { registerVendor } from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    it("two co-ops, one cart, one payment: a group of two orders, each fulfilled by its co-op, with commissions and a ledger", async () => {
      const container = getContainer()
      const admin = await createAdminUser(container)

      // 1. Two co-ops register and the platform approves them.
      const fengjie = await registerVendor(api, {
        name: "奉节县脐橙专业合作社",
      })
      const fuling = await registerVendor(api, {
        name: "涪陵区青菜头种植专业合作社",
        region_code: "500102",
      })
      for (const coop of [fengjie, fuling]) {
        const approved = await api.post(
          `/admin/vendors/${coop.vendor.id}/approve`,
          { reason: "资质审核通过" },
          { headers: admin.headers }
        )
        coop.vendor = approved.data.vendor
      }
      // 奉节 negotiated 8 %; 涪陵 pays the platform default (5 %).
      const marketplace = container.resolve("marketplace") as any
      await marketplace.updateVendors({
        id: fengjie.vendor.id,
        commission_rate: 8,
      })

      // 2. Each lists a product.
      const orange = await createVendorProduct(container, {
        vendor_id: fengjie.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "奉节脐橙 一级 5kg",
        price: 69.9,
        stock: 50,
      })
      const zhacai = await createVendorProduct(container, {
        vendor_id: fuling.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "涪陵榨菜 80g×30",
        price: 49.9,
        stock: 50,
      })

      // 3. A shopper buys both in one cart with one payment.
      const shopper = await registerCustomer(api, demo.publishableKey)
      const lines = [
        { variant_id: orange.variant.id, quantity: 1 },
        { variant_id: zhacai.variant.id, quantity: 2 },
      ]
      const profiles = [
        fengjie.vendor.shipping_profile.id,
        fuling.vendor.shipping_profile.id,
      ]
      const { cart_id } = await prepareCart(api, {
        publishableKey: demo.publishableKey,
        regionId: demo.regionId,
        lines,
        shippingProfileIds: profiles,
        headers: shopper.headers,
      })
      const completed = await api.post(
        `/store/carts/${cart_id}/complete`,
        {},
        { headers: shopper.headers }
      )
      expect(completed.data.type).toBe("order_group")
      const group = completed.data.order_group
      expect(group.orders).toHaveLength(2)
      const orderOf = (vendorId: string) =>
        group.orders.find((o: any) => o.vendor_id === vendorId)
      const orangeOrder = orderOf(fengjie.vendor.id)
      const zhacaiOrder = orderOf(fuling.vendor.id)

      // The shopper sees both orders with their group; nobody else does.
      const mine = await api.get("/store/orders", { headers: shopper.headers })
      expect(mine.data.orders.map((o: any) => o.id).sort()).toEqual(
        [orangeOrder.id, zhacaiOrder.id].sort()
      )
      for (const order of mine.data.orders) {
        expect(order.order_group).toMatchObject({
          id: group.id,
          display_id: group.display_id,
        })
      }
      const stranger = await registerCustomer(api, demo.publishableKey, {
        first_name: "强",
        last_name: "张",
      })
      const peek = await api
        .get(`/store/orders/${orangeOrder.id}`, { headers: stranger.headers })
        .catch((e) => e)
      expect(peek.response.status).toBe(404)

      // 4. Each co-op sees only its own order, and fulfils it.
      for (const [coop, own, other] of [
        [fengjie, orangeOrder, zhacaiOrder],
        [fuling, zhacaiOrder, orangeOrder],
      ] as const) {
        const list = await api.get("/vendors/orders", { headers: coop.headers })
        expect(list.data.orders.map((o: any) => o.id)).toEqual([own.id])
        const foreign = await api
          .get(`/vendors/orders/${other.id}`, { headers: coop.headers })
          .catch((e) => e)
        expect(foreign.response.status).toBe(404)

        const fulfilled = await api.post(
          `/vendors/orders/${own.id}/fulfillments`,
          {},
          { headers: coop.headers }
        )
        const fulfillment = fulfilled.data.order.fulfillments[0]
        expect(fulfilled.data.order.fulfillment_status).toBe("fulfilled")
        await api.post(
          `/vendors/orders/${own.id}/fulfillments/${fulfillment.id}/shipments`,
          {
            labels: [
              {
                tracking_number: "SF1234567890",
                tracking_url: "",
                label_url: "",
              },
            ],
          },
          { headers: coop.headers }
        )
        const delivered = await api.post(
          `/vendors/orders/${own.id}/fulfillments/${fulfillment.id}/mark-as-delivered`,
          {},
          { headers: coop.headers }
        )
        expect(delivered.data.order.fulfillment_status).toBe("delivered")
      }

      // 5. The commission lines match the rates.
      const commission = await marketplace.listCommissionLines({
        order_id: [orangeOrder.id, zhacaiOrder.id],
      })
      const lineOf = (orderId: string) =>
        commission.find((l: any) => l.order_id === orderId)
      expect(lineOf(orangeOrder.id)).toMatchObject({ rate: 8, scope: "vendor" })
      expect(Number(lineOf(orangeOrder.id).amount)).toBeCloseTo(5.59, 2) // 8 % of 69.90
      expect(lineOf(zhacaiOrder.id)).toMatchObject({
        rate: 5,
        scope: "default",
      })
      expect(Number(lineOf(zhacaiOrder.id).amount)).toBeCloseTo(4.99, 2) // 5 % of 99.80

      // Delivery starts the after-sales window; afterwards the line is payable.
      const [ledgerLine] = await marketplace.listPayoutLines({
        order_id: orangeOrder.id,
      })
      expect(ledgerLine.status).toBe("pending")
      expect(ledgerLine.payable_after).toBeTruthy()
      const hours =
        (+new Date(ledgerLine.payable_after) -
          +new Date(ledgerLine.delivered_at)) /
        3600000
      expect(hours).toBe(48)
      await releasePayablePayoutLinesWorkflow(container).run({
        input: { now: new Date(+new Date(ledgerLine.payable_after) + 1000) },
      })
      const ledger = await api.get("/vendors/payouts", {
        headers: fengjie.headers,
      })
      expect(ledger.data.payout_lines).toEqual([
        expect.objectContaining({
          order_id: orangeOrder.id,
          status: "payable",
        }),
      ])
      // 69.90 + ¥8 delivery - 5.59 commission
      expect(ledger.data.totals.payable).toBeCloseTo(72.31, 2)

      // 6. Completing again returns the same group.
      const again = await api.post(
        `/store/carts/${cart_id}/complete`,
        {},
        { headers: shopper.headers }
      )
      expect(again.data.order_group.id).toBe(group.id)

      // 7. The webhook path produces the same split.
      const second = await prepareCart(api, {
        publishableKey: demo.publishableKey,
        regionId: demo.regionId,
        lines,
        shippingProfileIds: profiles,
        headers: shopper.headers,
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["payment_collection.payment_sessions.id"],
        filters: { id: second.cart_id },
      })
      const { result } = await completePaidCartWorkflow(container).run({
        input: {
          session_id: cart.payment_collection!.payment_sessions![0]!.id,
        },
      })
      const viaWebhook = await api.post(
        `/store/carts/${second.cart_id}/complete`,
        {},
        { headers: shopper.headers }
      )
      expect(viaWebhook.data.order_group.id).toBe(result!.order_group_id)
      expect(
        viaWebhook.data.order_group.orders
          .map((o: any) => [o.vendor_id, o.items.map((i: any) => i.quantity)])
          .sort()
      ).toEqual(
        group.orders
          .map((o: any) => [o.vendor_id, o.items.map((i: any) => i.quantity)])
          .sort()
      )
    })

    it("keeps every /vendors/orders route of one co-op away from another co-op's order", async () => {
      const container = getContainer()
      const admin = await createAdminUser(container)
      const a = await registerVendor(api)
      const b = await registerVendor(api)
      for (const coop of [a, b]) {
        const approved = await api.post(
          `/admin/vendors/${coop.vendor.id}/approve`,
          { reason: "ok" },
          { headers: admin.headers }
        )
        coop.vendor = approved.data.vendor
      }
      const product = await createVendorProduct(container, {
        vendor_id: b.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "梁平柚 2个装",
        price: 29.9,
        stock: 10,
      })
      const { cart_id, headers } = await prepareCart(api, {
        publishableKey: demo.publishableKey,
        regionId: demo.regionId,
        lines: [{ variant_id: product.variant.id, quantity: 1 }],
        shippingProfileIds: [b.vendor.shipping_profile.id],
      })
      const done = await api.post(
        `/store/carts/${cart_id}/complete`,
        {},
        { headers }
      )
      const orderId = done.data.order_group.orders[0].id
      const fulfilled = await api
        .post(
          `/vendors/orders/${orderId}/fulfillments`,
          {},
          { headers: b.headers }
        )
        .catch((e) => {
          throw new Error(JSON.stringify(e.response?.data))
        })
      const fulfillmentId = fulfilled.data.order.fulfillments[0].id

      const attempts = [
        () => api.get(`/vendors/orders/${orderId}`, { headers: a.headers }),
        () =>
          api.post(
            `/vendors/orders/${orderId}/fulfillments`,
            {},
            { headers: a.headers }
          ),
        () =>
          api.post(
            `/vendors/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`,
            {},
            { headers: a.headers }
          ),
        () =>
          api.post(
            `/vendors/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`,
            {},
            { headers: a.headers }
          ),
      ]
      for (const attempt of attempts) {
        const err = await attempt().catch((e) => e)
        expect(err.response.status).toBe(404)
        expect(err.response.data.message).toBe(
          `Order "${orderId}" was not found.`
        )
      }
      const listed = await api.get("/vendors/orders", { headers: a.headers })
      expect(listed.data.orders).toEqual([])
      const ledger = await api.get("/vendors/payouts", { headers: a.headers })
      expect(ledger.data.payout_lines).toEqual([])
      const unauthenticated = await api.get("/vendors/orders").catch((e) => e)
      expect(unauthenticated.response.status).toBe(401)
    })
  },
})
