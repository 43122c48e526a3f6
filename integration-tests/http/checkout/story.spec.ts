import Medusa from "@medusajs/js-sdk"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import {
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../../src/modules/marketplace"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import { completePaidCartWorkflow } from "../../../src/workflows/checkout"
import {
  refreshVendorOrderStagesStepId,
  refreshVendorOrderStagesWorkflow,
} from "../../../src/workflows/vendor-orders"
import { rebuildCatalogueWorkflow } from "../../../src/workflows/catalogue/workflows/rebuild-catalogue"
import { releasePayablePayoutLinesWorkflow } from "../../../src/workflows/ledger"
import {
  handoverParcelWorkflow,
  processOverdueParcelsWorkflow,
  receiveParcelWorkflow,
} from "../../../src/workflows/pickup"
import {
  derivePickupCode,
  pickupCodeSecret,
} from "../../../src/workflows/pickup/utils/pickup-code"
import { bearer, createAdminUser } from "../../helpers/auth"
import {
  createVendorProduct,
  prepareCart,
  SHIPPING_ADDRESS,
} from "../../helpers/checkout"
import { registerCustomer } from "../../helpers/customers"
import { seedDemoStore } from "../../helpers/demo-store"
import { registerActiveVendor, registerVendor } from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

const HOUR = 3600 * 1000

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
      // Medusa's answer (the first order) plus the whole group.
      expect(completed.data.type).toBe("order")
      const group = completed.data.order_group
      expect(group.orders).toHaveLength(2)
      const firstOrder = [...group.orders].sort(
        (a: any, b: any) => a.display_id - b.display_id
      )[0]
      expect(completed.data.order).toMatchObject({
        id: firstOrder.id,
        email: firstOrder.email,
      })
      expect(completed.data.order.items).toHaveLength(1)
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
      expect(again.data.type).toBe("order")
      expect(again.data.order.id).toBe(firstOrder.id)
      expect(again.data.order_group.id).toBe(group.id)
      expect(again.data.order_group.orders).toHaveLength(2)
      // Replaying an account's cart without its login, or as another
      // customer, yields only the ids: no email, no items, and no new
      // orders.
      for (const headers of [
        { "x-publishable-api-key": demo.publishableKey },
        stranger.headers,
      ]) {
        const replay = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        expect(replay.data).toEqual({
          type: "order",
          order: { id: firstOrder.id },
          order_group: { id: group.id },
        })
      }
      const stillMine = await api.get("/store/orders", {
        headers: shopper.headers,
      })
      expect(stillMine.data.orders).toHaveLength(2)

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

    it("a co-op lists a Chinese-titled product without a handle, and a shopper finds it by its pinyin handle and buys it through the js-sdk", async () => {
      const container = getContainer()
      const admin = await createAdminUser(container)
      const coop = await registerActiveVendor(api, admin.headers, {
        name: "奉节县脐橙专业合作社",
      })
      const body = (sku: string) => ({
        title: "奉节脐橙 特级",
        status: "published",
        options: [{ title: "规格", values: ["5kg"] }],
        variants: [
          {
            title: "5kg",
            sku,
            options: { 规格: "5kg" },
            prices: [{ amount: 79.9, currency_code: "cny" }],
          },
        ],
        additional_data: { stock: { [sku]: 20 } },
      })
      const created = await api.post("/vendors/products", body("FJ-TJ-1"), {
        headers: coop.headers,
      })
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product.handle).toBe("fengjie-qicheng-teji")
      // Same title again: the next free number, never a clash.
      const twin = await api.post(
        "/vendors/products",
        { ...body("FJ-TJ-2"), handle: "" },
        { headers: coop.headers }
      )
      expect(twin.data.product.handle).toBe("fengjie-qicheng-teji-2")

      // The shop serves it at /store/catalogue/<pinyin handle>.
      await rebuildCatalogueWorkflow(container).run()
      const store = { "x-publishable-api-key": demo.publishableKey }
      const page = await api.get(`/store/catalogue/${product.handle}`, {
        headers: store,
      })
      expect(page.data.product).toMatchObject({
        id: product.id,
        handle: "fengjie-qicheng-teji",
        title: "奉节脐橙 特级",
      })
      const variant = page.data.product.variants[0]

      // A guest buys it; the js-sdk reads the answer as Medusa's own.
      const { cart_id } = await prepareCart(api, {
        publishableKey: demo.publishableKey,
        regionId: demo.regionId,
        lines: [{ variant_id: variant.id, quantity: 2 }],
        shippingProfileIds: [coop.vendor.shipping_profile.id],
      })
      const sdk = new Medusa({
        baseUrl: api.defaults.baseURL as string,
        publishableKey: demo.publishableKey,
      })
      const done = await sdk.store.cart.complete(cart_id)
      expect(done.type).toBe("order")
      if (done.type !== "order") {
        throw new Error(JSON.stringify(done.error))
      }
      expect(done.order.id).toMatch(/^order_/)
      expect(done.order.items).toEqual([
        expect.objectContaining({ product_id: product.id, quantity: 2 }),
      ])
      const group = (done as any).order_group
      expect(group.orders.map((o: any) => o.id)).toEqual([done.order.id])
      expect(group.orders[0].vendor_id).toBe(coop.vendor.id)
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
      const orderId = done.data.order.id
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

    describe("co-op order status, tracking and pickup", () => {
      /** Parcel fields that hold or derive the pickup code, or the compartment. */
      const SECRET_KEYS = /"(code|code_hash|code_nonce|qr_payload|compartment)"/

      async function activeCoop() {
        const container = getContainer()
        const admin = await createAdminUser(container)
        const coop = await registerActiveVendor(api, admin.headers)
        const product = await createVendorProduct(container, {
          vendor_id: coop.vendor.id,
          sales_channel_id: demo.salesChannelId,
          title: "奉节脐橙 一级 5kg",
          price: 69.9,
          stock: 50,
        })
        return { admin, coop, product }
      }

      /** One delivered-to-the-door order of the co-op's product. */
      async function placeOrder(coop: any, variantId: string) {
        const { cart_id, headers } = await prepareCart(api, {
          publishableKey: demo.publishableKey,
          regionId: demo.regionId,
          lines: [{ variant_id: variantId, quantity: 1 }],
          shippingProfileIds: [coop.vendor.shipping_profile.id],
        })
        const done = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          { headers }
        )
        return done.data.order_group.orders[0].id as string
      }

      const label = (tracking_number: string) => ({
        tracking_number,
        tracking_url: "",
        label_url: "",
      })

      it("filters orders by stage and counts each stage; a shipment without labels keeps the tracking number", async () => {
        const { coop, product } = await activeCoop()
        const h = { headers: coop.headers }
        const ids: Record<string, string> = {}
        for (const name of [
          "toFulfil",
          "packed",
          "shipped",
          "delivered",
          "canceled",
        ]) {
          ids[name] = await placeOrder(coop, product.variant.id)
        }
        const fulfil = async (orderId: string, tracking: string) => {
          const res = await api.post(
            `/vendors/orders/${orderId}/fulfillments`,
            { labels: [label(tracking)] },
            h
          )
          return res.data.order.fulfillments[0].id as string
        }
        const packedFulfillment = await fulfil(ids.packed, "SF1000000001")
        const shippedFulfillment = await fulfil(ids.shipped, "SF1000000002")
        const deliveredFulfillment = await fulfil(ids.delivered, "SF1000000003")

        // The bug: an empty shipment body used to erase the saved label.
        const shipped = await api.post(
          `/vendors/orders/${ids.shipped}/fulfillments/${shippedFulfillment}/shipments`,
          {},
          h
        )
        expect(shipped.data.order.fulfillments[0]).toMatchObject({
          shipped_at: expect.any(String),
          labels: [{ tracking_number: "SF1000000002" }],
        })
        expect(shipped.data.order.stage).toBe("shipped")
        // Labels given on the shipment replace the saved ones.
        const relabelled = await api.post(
          `/vendors/orders/${ids.delivered}/fulfillments/${deliveredFulfillment}/shipments`,
          { labels: [label("YT2000000003")] },
          h
        )
        expect(relabelled.data.order.fulfillments[0].labels).toEqual([
          { tracking_number: "YT2000000003" },
        ])
        await api.post(
          `/vendors/orders/${ids.delivered}/fulfillments/${deliveredFulfillment}/mark-as-delivered`,
          {},
          h
        )
        // Cancelling is Medusa's own workflow: the stored stage follows
        // through the order.canceled subscriber.
        const canceled = TestEventUtils.waitSubscribersExecution(
          OrderWorkflowEvents.CANCELED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await cancelOrderWorkflow(getContainer()).run({
          input: { order_id: ids.canceled },
        })
        await canceled

        // A fulfilment of another of the co-op's orders is not found on this one.
        for (const path of ["shipments", "mark-as-delivered"]) {
          const crossed = await api
            .post(
              `/vendors/orders/${ids.toFulfil}/fulfillments/${packedFulfillment}/${path}`,
              {},
              h
            )
            .catch((e) => e.response)
          expect(crossed.status).toBe(404)
          expect(crossed.data.message).toBe(
            `Fulfillment "${packedFulfillment}" was not found on order "${ids.toFulfil}".`
          )
        }

        const all = await api.get("/vendors/orders", h)
        expect(all.data.counts).toEqual({
          to_fulfil: 1,
          fulfilled: 1,
          shipped: 1,
          delivered: 1,
          canceled: 1,
        })
        const stageOf = Object.fromEntries(
          all.data.orders.map((o: any) => [o.id, o.stage])
        )
        expect(stageOf).toEqual({
          [ids.toFulfil]: "to_fulfil",
          [ids.packed]: "fulfilled",
          [ids.shipped]: "shipped",
          [ids.delivered]: "delivered",
          [ids.canceled]: "canceled",
        })
        for (const order of all.data.orders) {
          expect(order.pickup).toBeNull()
        }

        const toFulfil = await api.get("/vendors/orders?status=to_fulfil", h)
        expect(toFulfil.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(toFulfil.data.orders.map((o: any) => o.id)).toEqual([
          ids.toFulfil,
        ])
        const done = await api.get(
          "/vendors/orders?status=shipped,delivered",
          h
        )
        expect(done.data.count).toBe(2)
        expect(done.data.orders.map((o: any) => o.id)).toEqual([
          ids.delivered,
          ids.shipped,
        ])
        const paged = await api.get(
          "/vendors/orders?status[]=fulfilled&status[]=canceled&limit=1&offset=1",
          h
        )
        expect(paged.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(paged.data.orders.map((o: any) => o.id)).toEqual([ids.packed])

        // Staff fulfil orders, so they may filter them too.
        const marketplace: any = getContainer().resolve(MARKETPLACE_MODULE)
        const member = await marketplace.createVendorMembers({
          vendor_id: coop.vendor.id,
          email: `staff-${Date.now()}@coop.test`,
          name: "李小红",
          role: "staff",
          status: "active",
        })
        const staff = bearer(getContainer(), {
          actor_id: member.id,
          actor_type: "vendor",
          auth_identity_id: `authid_${member.id}`,
        })
        const staffList = await api.get(
          "/vendors/orders?status=fulfilled",
          staff
        )
        expect(staffList.data.orders.map((o: any) => o.id)).toEqual([
          ids.packed,
        ])

        const bad = await api
          .get("/vendors/orders?status=posted", h)
          .catch((e) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(
          /status must be one of to_fulfil, fulfilled, shipped, delivered, canceled \(got "posted"\)/
        )

        const other = await registerVendor(api)
        const theirs = await api.get("/vendors/orders?status=to_fulfil", {
          headers: other.headers,
        })
        expect(theirs.data).toMatchObject({ orders: [], count: 0 })
        expect(Object.values(theirs.data.counts)).toEqual([0, 0, 0, 0, 0])

        // An admin cancelling the packed order's fulfilment puts it back to
        // to_fulfil (Medusa's workflow, kept through its event).
        const unpacked = TestEventUtils.waitSubscribersExecution(
          OrderWorkflowEvents.FULFILLMENT_CANCELED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await cancelOrderFulfillmentWorkflow(getContainer()).run({
          input: { order_id: ids.packed, fulfillment_id: packedFulfillment },
        })
        await unpacked
        const after = await api.get("/vendors/orders?status=to_fulfil", h)
        expect(after.data.orders.map((o: any) => o.id)).toEqual([
          ids.packed,
          ids.toFulfil,
        ])
        expect(after.data.counts).toMatchObject({ to_fulfil: 2, fulfilled: 0 })
      })

      it("rolls a stored stage back when a later step fails", async () => {
        const { coop, product } = await activeCoop()
        const orderId = await placeOrder(coop, product.variant.id)
        const marketplace: any = getContainer().resolve(MARKETPLACE_MODULE)
        const stagesOf = async () =>
          (await marketplace.listVendorOrderStages({ order_id: orderId })).map(
            (r: any) => r.stage
          )
        expect(await stagesOf()).toEqual(["to_fulfil"])
        const failing = () => {
          const workflow = refreshVendorOrderStagesWorkflow(getContainer())
          workflow.appendAction("throw", refreshVendorOrderStagesStepId, {
            invoke: () => {
              throw new Error("boom")
            },
          })
          return workflow.run({
            input: { order_ids: [orderId] },
            throwOnError: false,
          })
        }

        // The stored stage it replaced is put back…
        await marketplace.upsertVendorOrderStages([
          {
            order_id: orderId,
            vendor_id: coop.vendor.id,
            stage: "delivered",
            placed_at: new Date(),
            refreshed_at: new Date(),
          },
        ])
        expect((await failing()).errors).toHaveLength(1)
        expect(await stagesOf()).toEqual(["delivered"])

        // … and a row it created is removed.
        const [row] = await marketplace.listVendorOrderStages({
          order_id: orderId,
        })
        await marketplace.deleteVendorOrderStages([row.id])
        expect((await failing()).errors).toHaveLength(1)
        expect(await stagesOf()).toEqual([])

        await refreshVendorOrderStagesWorkflow(getContainer()).run({
          input: { order_ids: [orderId] },
        })
        expect(await stagesOf()).toEqual(["to_fulfil"])
      })

      it("shows the pickup point and the parcel's status and times, never its code", async () => {
        const container = getContainer()
        const { coop, product } = await activeCoop()
        const h = { headers: coop.headers }
        const pickup: any = container.resolve(PICKUP_MODULE)
        const point = await pickup.createPickupPoints({
          handle: "bayi-road-test",
          name_zh: "解放碑八一路社区便利店",
          name_en: "Bayi Road community store",
          type: "community_store",
          address_zh: "渝中区 八一路 168 号",
          district_code: "500103",
          lat: 29.5566,
          lng: 106.5768,
          opening_hours: [
            { days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" },
          ],
          contact_name: "张姐",
          contact_phone: "023-6380-0000",
          free_storage_hours: 48,
          overdue_grace_hours: 24,
        })
        await pickup.createPickupZones([
          { zone: "ambient", compartments: 20, point_id: point.id },
        ])
        const responses: unknown[] = []
        const view = async (orderId: string) => {
          const res = await api.get(`/vendors/orders/${orderId}`, h)
          responses.push(res.data)
          return res.data.order
        }

        const pickupOrder = async () => {
          const headers = { "x-publishable-api-key": demo.publishableKey }
          const {
            data: { cart },
          } = await api.post(
            "/store/carts",
            {
              region_id: demo.regionId,
              email: "xiaomei.li@example.com",
              shipping_address: SHIPPING_ADDRESS,
              billing_address: SHIPPING_ADDRESS,
              items: [{ variant_id: product.variant.id, quantity: 1 }],
            },
            { headers }
          )
          const {
            data: { shipping_options },
          } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
            headers,
          })
          const option = shipping_options.find(
            (o: any) =>
              o.provider_id === "pickup_pickup" &&
              o.shipping_profile_id === coop.vendor.shipping_profile.id
          )
          await api.post(
            `/store/carts/${cart.id}/shipping-methods`,
            { option_id: option.id, data: { pickup_point_id: point.id } },
            { headers }
          )
          const {
            data: { payment_collection },
          } = await api.post(
            "/store/payment-collections",
            { cart_id: cart.id },
            { headers }
          )
          await api.post(
            `/store/payment-collections/${payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            { headers }
          )
          const done = await api.post(
            `/store/carts/${cart.id}/complete`,
            {},
            { headers }
          )
          return done.data.order_group.orders[0].id as string
        }

        // Placed: the point is named, no parcel yet.
        const first = await pickupOrder()
        const placed = await view(first)
        expect(placed.stage).toBe("to_fulfil")
        expect(placed.pickup).toMatchObject({
          point: {
            id: point.id,
            name_zh: "解放碑八一路社区便利店",
            address_zh: "渝中区 八一路 168 号",
            contact_phone: "023-6380-0000",
            status: "active",
          },
          zone: "ambient",
          parcel: null,
        })

        // An ETA in the past is refused, and the order stays to fulfil.
        const late = await api
          .post(
            `/vendors/orders/${first}/fulfillments`,
            { eta: "2020-11-24T18:00:00+08:00" },
            h
          )
          .catch((e: any) => e.response)
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/eta must not be in the past/)
        const still = await api.get(`/vendors/orders/${first}`, h)
        expect(still.data.order.stage).toBe("to_fulfil")

        // Fulfilled to the point: the parcel awaits arrival with its ETA,
        // tomorrow at 18:00 Beijing time.
        const eta = `${new Date(Date.now() + 24 * HOUR).toISOString().slice(0, 10)}T18:00:00+08:00`
        const fulfilled = await api.post(
          `/vendors/orders/${first}/fulfillments`,
          { eta },
          h
        )
        responses.push(fulfilled.data)
        expect(fulfilled.data.order.stage).toBe("fulfilled")
        expect(fulfilled.data.order.pickup.parcel).toMatchObject({
          status: "awaiting_arrival",
          eta: new Date(eta).toISOString(),
          sent_at: expect.any(String),
          ready_at: null,
          deadline_at: null,
        })
        const parcelId = fulfilled.data.order.pickup.parcel.id

        // Received at the point: ready, with the deadline.
        await receiveParcelWorkflow(container).run({
          input: {
            parcel_id: parcelId,
            point_ids: [point.id],
            staff_id: "pkst_test",
          },
        })
        const hidden: string[] = []
        const noteSecrets = async (id: string) => {
          const [live] = await pickup.listParcels({ id })
          hidden.push(live.code_hash, live.code_nonce)
        }
        await noteSecrets(parcelId)
        const ready = (await view(first)).pickup.parcel
        expect(ready).toMatchObject({
          status: "ready_for_pickup",
          ready_at: expect.any(String),
          deadline_at: expect.any(String),
          returns_at: null,
        })
        const deadline = new Date(ready.deadline_at).getTime()
        expect(deadline - new Date(ready.ready_at).getTime()).toBe(48 * HOUR)

        // Past the deadline: overdue, and when it comes back to the co-op.
        await processOverdueParcelsWorkflow(container).run({
          input: { now: new Date(deadline + 60 * 1000) },
        })
        const overdue = (await view(first)).pickup.parcel
        expect(overdue).toMatchObject({
          status: "overdue",
          overdue_at: expect.any(String),
          returns_at: new Date(deadline + 24 * HOUR).toISOString(),
        })
        // Past the grace hours: returned.
        await processOverdueParcelsWorkflow(container).run({
          input: { now: new Date(deadline + 25 * HOUR) },
        })
        const returned = (await view(first)).pickup.parcel
        expect(returned).toMatchObject({
          status: "returned",
          returned_at: expect.any(String),
        })

        // A second order is picked up: the order is delivered.
        const second = await pickupOrder()
        const sent = await api.post(
          `/vendors/orders/${second}/fulfillments`,
          {},
          h
        )
        const secondParcel = sent.data.order.pickup.parcel.id
        await receiveParcelWorkflow(container).run({
          input: {
            parcel_id: secondParcel,
            point_ids: [point.id],
            staff_id: "pkst_test",
          },
        })
        await noteSecrets(secondParcel)
        const [stored] = await pickup.listParcels({ id: secondParcel })
        await handoverParcelWorkflow(container).run({
          input: {
            parcel_id: secondParcel,
            point_ids: [point.id],
            staff_id: "pkst_test",
            code: derivePickupCode(
              pickupCodeSecret(),
              stored.id,
              stored.code_nonce
            ),
          },
        })
        const collected = await view(second)
        expect(collected.stage).toBe("delivered")
        expect(collected.pickup.parcel).toMatchObject({
          status: "picked_up",
          picked_up_at: expect.any(String),
        })

        const list = await api.get("/vendors/orders?status=delivered", h)
        responses.push(list.data)
        expect(list.data.orders).toEqual([
          expect.objectContaining({
            id: second,
            pickup: expect.objectContaining({
              parcel: expect.objectContaining({ status: "picked_up" }),
            }),
          }),
        ])
        // Neither the code nor what derives it reaches the co-op: not the
        // hash or nonce anywhere, not a code or compartment in `pickup`.
        expect(hidden.length).toBe(4)
        const pickups = responses.flatMap((body: any) =>
          body.orders
            ? body.orders.map((o: any) => o.pickup)
            : [body.order.pickup]
        )
        for (const body of responses) {
          const text = JSON.stringify(body)
          for (const secret of hidden) {
            expect(text).not.toContain(secret)
          }
        }
        for (const view of pickups) {
          expect(JSON.stringify(view)).not.toMatch(SECRET_KEYS)
        }

        const other = await registerVendor(api)
        const foreign = await api
          .get(`/vendors/orders/${second}`, { headers: other.headers })
          .catch((e) => e.response)
        expect(foreign.status).toBe(404)
      })
    })
  },
})
