import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  Modules,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import { completeCartWithOrderGroupWorkflow } from "../../../src/workflows/checkout"
import { reservePickupCapacityStepId } from "../../../src/workflows/pickup-checkout/steps/reserve-pickup-capacity"
import {
  expectedArrivalDate,
  PICKUP_PROVIDER_ID,
} from "../../../src/workflows/pickup-checkout/utils/rules"
import {
  derivePickupCode,
  newCodeNonce,
  pickupCodeSecret,
  verifyQrPayload,
} from "../../../src/workflows/pickup/utils/pickup-code"
import { createAdminUser } from "../../helpers/auth"
import { createVendorProduct, SHIPPING_ADDRESS } from "../../helpers/checkout"
import { registerCustomer } from "../../helpers/customers"
import { seedDemoStore } from "../../helpers/demo-store"
import { registerActiveVendor } from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

type Zone = "ambient" | "chilled" | "frozen"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>
    let admin: { headers: Record<string, string> }
    let coop: any
    let orange: any
    let pork: any
    let store: Record<string, string>

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    beforeEach(async () => {
      const container = getContainer()
      store = { "x-publishable-api-key": demo.publishableKey }
      admin = await createAdminUser(container)
      coop = await registerActiveVendor(api, admin.headers, {
        name: "城口县老腊肉专业合作社",
        region_code: "500229",
      })
      orange = await createVendorProduct(container, {
        vendor_id: coop.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "奉节脐橙 特级",
        price: 69.9,
        stock: 100,
      })
      pork = await createVendorProduct(container, {
        vendor_id: coop.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "城口老腊肉 500g",
        price: 68,
        stock: 100,
        metadata: { temperature_class: "chilled" },
      })
    })

    const pickupService = () => getContainer().resolve(PICKUP_MODULE) as any

    let pointSerial = 0
    async function createPoint(input: {
      type?: string
      status?: "active" | "paused"
      zones: Partial<Record<Zone, number>>
    }) {
      pointSerial += 1
      const pickup = pickupService()
      const point = await pickup.createPickupPoints({
        handle: `test-point-${pointSerial}`,
        name_zh: `解放碑测试自提点 ${pointSerial}`,
        name_en: `Jiefangbei test point ${pointSerial}`,
        type: input.type ?? "community_store",
        address_zh: "渝中区 民族路 188 号",
        address_en: "188 Minzu Rd, Yuzhong",
        district_code: "500103",
        lat: 29.5575,
        lng: 106.5772,
        opening_hours: [
          { days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" },
        ],
        contact_name: "张姐",
        contact_phone: "023-6380-0000",
        status: input.status ?? "active",
      })
      const zones = Object.entries(input.zones).map(([zone, compartments]) => ({
        zone,
        compartments,
        point_id: point.id,
      }))
      if (zones.length) {
        await pickup.createPickupZones(zones)
      }
      return point
    }

    async function newCart(
      lines: { variant_id: string; quantity: number }[],
      headers: Record<string, string> = store
    ) {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: demo.regionId,
          email: "xiaomei.li@example.com",
          shipping_address: SHIPPING_ADDRESS,
          billing_address: SHIPPING_ADDRESS,
          items: lines,
        },
        { headers }
      )
      return cart.id as string
    }

    async function options(cartId: string, headers = store) {
      const { data } = await api.get(
        `/store/shipping-options?cart_id=${cartId}`,
        { headers }
      )
      return data.shipping_options as any[]
    }

    async function pickupOption(cartId: string, headers = store) {
      const found = (await options(cartId, headers)).filter(
        (o) => o.provider_id === PICKUP_PROVIDER_ID
      )
      expect(found).toHaveLength(1)
      return found[0]
    }

    async function choose(
      cartId: string,
      data: Record<string, unknown>,
      headers = store
    ) {
      const option = await pickupOption(cartId, headers)
      return api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: option.id, data },
        { headers }
      )
    }

    async function refused(promise: Promise<unknown>) {
      const err: any = await promise.then(
        () => {
          throw new Error("expected a 400")
        },
        (e) => e
      )
      expect(err.response?.status).toBe(400)
      return err.response.data.message as string
    }

    async function pay(cartId: string, headers = store) {
      const {
        data: { payment_collection },
      } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        { headers }
      )
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        { headers }
      )
    }

    const reservations = (filters: Record<string, unknown> = {}) =>
      pickupService().listPickupReservations(filters)

    describe("co-op provisioning", () => {
      it("gives an approved co-op a pickup fulfillment set with one option per zone", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: sets } = await query.graph({
          entity: "stock_location",
          fields: [
            "fulfillment_sets.type",
            "fulfillment_sets.service_zones.shipping_options.name",
            "fulfillment_sets.service_zones.shipping_options.provider_id",
            "fulfillment_sets.service_zones.shipping_options.data",
            "fulfillment_sets.service_zones.shipping_options.prices.amount",
          ],
          filters: { id: coop.vendor.stock_location.id },
        })
        const pickupSet = (sets[0] as any).fulfillment_sets.find(
          (s: any) => s.type === "pickup"
        )
        const opts = pickupSet.service_zones[0].shipping_options
        expect(
          opts
            .map((o: any) => [
              o.name,
              o.provider_id,
              o.data.zone,
              Number(o.prices[0].amount),
            ])
            .sort()
        ).toEqual([
          ["自提·冷冻 / Pickup · frozen", PICKUP_PROVIDER_ID, "frozen", 3],
          ["自提·冷藏 / Pickup · chilled", PICKUP_PROVIDER_ID, "chilled", 3],
          ["自提·常温 / Pickup · ambient", PICKUP_PROVIDER_ID, "ambient", 0],
        ])
      })
    })

    describe("GET /store/shipping-options", () => {
      it("offers each co-op its delivery and the pickup option for the zone its items need", async () => {
        const ambientCart = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        const ambient = await options(ambientCart)
        expect(ambient.map((o) => o.name).sort()).toEqual(
          ["合作社配送 / Co-op delivery", "自提·常温 / Pickup · ambient"].sort()
        )

        const chilledCart = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
          { variant_id: pork.variant.id, quantity: 1 },
        ])
        const chilled = await options(chilledCart)
        expect(chilled.map((o) => o.name).sort()).toEqual(
          ["合作社配送 / Co-op delivery", "自提·冷藏 / Pickup · chilled"].sort()
        )
        expect(chilled.every((o) => o.vendor.id === coop.vendor.id)).toBe(true)
      })
    })

    describe("POST /store/carts/:id/shipping-methods with a pickup option", () => {
      it("requires data.pickup_point_id", async () => {
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        const message = await refused(choose(cartId, {}))
        expect(message).toMatch(/^data\.pickup_point_id is required/)
      })

      it("refuses an unknown point", async () => {
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        const message = await refused(
          choose(cartId, { pickup_point_id: "pkpt_nope" })
        )
        expect(message).toMatch(
          /^data\.pickup_point_id "pkpt_nope" is not a pickup point/
        )
      })

      it("refuses a paused point", async () => {
        const point = await createPoint({
          status: "paused",
          zones: { ambient: 10 },
        })
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        const message = await refused(
          choose(cartId, { pickup_point_id: point.id })
        )
        expect(message).toMatch(/^data\.pickup_point_id: .* is paused/)
      })

      it("refuses chilled items for a point without a chilled compartment", async () => {
        const point = await createPoint({ zones: { ambient: 10 } })
        const cartId = await newCart([
          { variant_id: pork.variant.id, quantity: 1 },
        ])
        const message = await refused(
          choose(cartId, { pickup_point_id: point.id })
        )
        expect(message).toMatch(
          /^data\.pickup_point_id: .* has no chilled compartment, and these items need chilled storage/
        )
      })

      it("refuses the ambient option for chilled items", async () => {
        const point = await createPoint({ zones: { ambient: 10, chilled: 5 } })
        const cartId = await newCart([
          { variant_id: pork.variant.id, quantity: 1 },
        ])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: all } = await query.graph({
          entity: "shipping_option",
          fields: ["id", "data", "provider_id"],
          filters: { shipping_profile_id: coop.vendor.shipping_profile.id },
        })
        const ambient = all.find(
          (o: any) =>
            o.provider_id === PICKUP_PROVIDER_ID && o.data?.zone === "ambient"
        )
        const message = await refused(
          api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: ambient!.id, data: { pickup_point_id: point.id } },
            { headers: store }
          )
        )
        expect(message).toMatch(/^options: .* need 冷藏 \/ chilled storage/)
      })

      it("refuses a point full on the expected arrival day", async () => {
        const point = await createPoint({ zones: { ambient: 1 } })
        await pickupService().createPickupReservations({
          point_id: point.id,
          zone: "ambient",
          arrival_date: expectedArrivalDate(new Date()),
          order_id: "order_someone_else",
        })
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        const message = await refused(
          choose(cartId, { pickup_point_id: point.id })
        )
        expect(message).toMatch(
          /^data\.pickup_point_id: .* has no free ambient compartment on \d{4}-\d{2}-\d{2}/
        )
      })

      it("refuses a locker without consent, naming the 2024 rule", async () => {
        const locker = await createPoint({
          type: "locker",
          zones: { ambient: 10 },
        })
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        for (const data of [
          { pickup_point_id: locker.id },
          { pickup_point_id: locker.id, locker_consent: false },
        ]) {
          const message = await refused(choose(cartId, data))
          expect(message).toMatch(/^data\.locker_consent must be true/)
          expect(message).toMatch(/快递市场管理办法/)
          expect(message).toMatch(/1 March 2024/)
        }
        const message = await refused(
          choose(cartId, { pickup_point_id: locker.id, locker_consent: "yes" })
        )
        expect(message).toMatch(/^data\.locker_consent must be true or false/)

        await choose(cartId, {
          pickup_point_id: locker.id,
          locker_consent: true,
        })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["shipping_methods.data"],
          filters: { id: cartId },
        })
        expect(cart.shipping_methods![0]!.data).toEqual({
          pickup_point_id: locker.id,
          locker_consent: true,
          locker_consent_at: expect.any(String),
        })
      })
    })

    describe("checkout to a pickup point", () => {
      it("places the order with the point recorded, a compartment reserved, and shows it to the owner only", async () => {
        const point = await createPoint({
          type: "locker",
          zones: { ambient: 5, chilled: 2 },
        })
        const shopper = await registerCustomer(api, demo.publishableKey)
        const cartId = await newCart(
          [
            { variant_id: orange.variant.id, quantity: 1 },
            { variant_id: pork.variant.id, quantity: 2 },
          ],
          shopper.headers
        )
        await choose(
          cartId,
          { pickup_point_id: point.id, locker_consent: true },
          shopper.headers
        )
        await pay(cartId, shopper.headers)
        const res = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers: shopper.headers }
        )
        const [order] = res.data.order_group.orders
        // ¥3 for the chilled compartment.
        expect(order.total).toBeCloseTo(69.9 + 68 * 2 + 3, 2)

        const arrival = expectedArrivalDate(new Date())
        const [reservation] = await reservations({ order_id: order.id })
        expect(reservation).toMatchObject({
          point_id: point.id,
          zone: "chilled",
          arrival_date: arrival,
          status: "active",
        })

        const mine = await api.get(`/store/orders/${order.id}`, {
          headers: shopper.headers,
        })
        expect(mine.data.order.metadata.pickup).toEqual({
          point_id: point.id,
          zone: "chilled",
          arrival_date: arrival,
          locker_consent_at: expect.any(String),
        })
        expect(mine.data.order.pickup).toMatchObject({
          point: {
            id: point.id,
            name_zh: point.name_zh,
            address_zh: "渝中区 民族路 188 号",
            opening_hours: [
              { days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" },
            ],
            type: "locker",
          },
          zone: "chilled",
          arrival_date: arrival,
          parcel: null,
          code: null,
          qr_payload: null,
        })

        // Once staff receive the parcel, the owner sees its code and QR.
        const nonce = newCodeNonce()
        const parcel = await pickupService().createParcels({
          order_id: order.id,
          vendor_id: coop.vendor.id,
          zone: "chilled",
          status: "ready_for_pickup",
          compartment: "C-01",
          code_nonce: nonce,
          code_hash: "irrelevant-here",
          ready_at: new Date(),
          deadline_at: new Date(Date.now() + 48 * 3600 * 1000),
          point_id: point.id,
        })
        const ready = await api.get(`/store/orders/${order.id}`, {
          headers: shopper.headers,
        })
        const secret = pickupCodeSecret()
        const code = derivePickupCode(secret, parcel.id, nonce)
        expect(ready.data.order.pickup).toMatchObject({
          parcel: {
            id: parcel.id,
            status: "ready_for_pickup",
            compartment: "C-01",
            deadline_at: expect.any(String),
          },
          code,
        })
        expect(
          verifyQrPayload(secret, ready.data.order.pickup.qr_payload)
        ).toEqual({ ok: true, parcel_id: parcel.id, code })

        const list = await api.get("/store/orders", {
          headers: shopper.headers,
        })
        expect(list.data.orders[0].pickup).toMatchObject({
          point: { id: point.id },
          code,
        })

        // Another customer gets a 404, and never the code.
        const stranger = await registerCustomer(api, demo.publishableKey, {
          first_name: "建国",
          last_name: "王",
        })
        const err: any = await api
          .get(`/store/orders/${order.id}`, { headers: stranger.headers })
          .catch((e) => e)
        expect(err.response?.status).toBe(404)
        expect(JSON.stringify(err.response.data)).not.toContain(code)
        const theirs = await api.get("/store/orders", {
          headers: stranger.headers,
        })
        expect(theirs.data.orders).toEqual([])
      })

      it("releases the compartment when the order is cancelled", async () => {
        const point = await createPoint({ zones: { ambient: 1 } })
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        await choose(cartId, { pickup_point_id: point.id })
        await pay(cartId)
        const res = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers: store }
        )
        const [order] = res.data.order_group.orders
        expect(await reservations({ order_id: order.id })).toEqual([
          expect.objectContaining({ status: "active" }),
        ])
        // The only compartment is taken: the next cart is refused.
        const next = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        await refused(choose(next, { pickup_point_id: point.id }))

        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const released = TestEventUtils.waitSubscribersExecution(
          OrderWorkflowEvents.CANCELED,
          eventBus
        )
        await api.post(
          `/admin/orders/${order.id}/cancel`,
          {},
          { headers: admin.headers }
        )
        await released
        expect(await reservations({ order_id: order.id })).toEqual([
          expect.objectContaining({ status: "released" }),
        ])
        // The compartment is free again.
        await choose(next, { pickup_point_id: point.id })
      })

      it("refuses a cart whose items now need a colder zone than the pickup chosen, changing nothing", async () => {
        const point = await createPoint({ zones: { ambient: 5, chilled: 5 } })
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        await choose(cartId, { pickup_point_id: point.id })
        // A chilled item joins after ambient ¥0 pickup was chosen.
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: pork.variant.id, quantity: 1 },
          { headers: store }
        )
        await pay(cartId)
        const message = await refused(
          api.post(`/store/carts/${cartId}/complete`, {}, { headers: store })
        )
        expect(message).toBe(
          `shipping_methods: "城口老腊肉 500g" needs 冷藏 / chilled storage, but the pickup option chosen, "自提·常温 / Pickup · ambient", is for ambient parcels; choose this co-op's chilled pickup option again (POST /store/carts/${cartId}/shipping-methods).`
        )
        expect(await reservations({})).toEqual([])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(0)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["completed_at"],
          filters: { id: cartId },
        })
        expect(cart.completed_at).toBeNull()

        // Choosing the chilled option again places it, at ¥3.
        await choose(cartId, { pickup_point_id: point.id })
        await pay(cartId)
        const res = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers: store }
        )
        const [order] = res.data.order_group.orders
        expect(order.total).toBeCloseTo(69.9 + 68 + 3, 2)
        const [reservation] = await reservations({ order_id: order.id })
        expect(reservation.zone).toBe("chilled")
      })

      it("lets only one of two carts racing for the last compartment win", async () => {
        const point = await createPoint({ zones: { ambient: 1 } })
        const carts: string[] = []
        for (let i = 0; i < 2; i++) {
          const cartId = await newCart([
            { variant_id: orange.variant.id, quantity: 1 },
          ])
          // Both pass the check when choosing: the compartment is still free.
          await choose(cartId, { pickup_point_id: point.id })
          await pay(cartId)
          carts.push(cartId)
        }
        const outcomes = await Promise.all(
          carts.map((cartId) =>
            api
              .post(`/store/carts/${cartId}/complete`, {}, { headers: store })
              .then(() => ({ ok: true as const }))
              .catch((err) => ({ ok: false as const, err }))
          )
        )
        expect(outcomes.filter((o) => o.ok)).toHaveLength(1)
        const [lost] = outcomes.filter((o) => !o.ok) as { err: any }[]
        expect(lost.err.response?.status).toBe(400)
        expect(lost.err.response.data.message).toMatch(
          /has no free ambient compartment/
        )
        expect(await reservations({ point_id: point.id })).toHaveLength(1)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(1)
      })

      it("leaves no reservation when completion fails after reserving", async () => {
        const point = await createPoint({ zones: { ambient: 3 } })
        const cartId = await newCart([
          { variant_id: orange.variant.id, quantity: 1 },
        ])
        await choose(cartId, { pickup_point_id: point.id })
        await pay(cartId)
        const workflow = completeCartWithOrderGroupWorkflow(getContainer())
        workflow.appendAction("throw", reservePickupCapacityStepId, {
          invoke: async () => {
            throw new Error("injected failure after the reservation")
          },
        })
        const { errors } = await workflow.run({
          input: { cart_id: cartId },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "injected failure after the reservation"
        )
        expect(await reservations({})).toEqual([])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id"],
        })
        expect(orders).toHaveLength(0)
      })
    })

    describe("co-op product temperature class", () => {
      it("accepts ambient, chilled or frozen in metadata.temperature_class and refuses anything else", async () => {
        const body = (temperature_class: unknown) => ({
          title: "城口老腊肉 1kg",
          status: "draft",
          metadata: { temperature_class },
          options: [{ title: "规格", values: ["1kg"] }],
          variants: [
            {
              title: "1kg",
              sku: `CKLR-T-${String(temperature_class)}`,
              options: { 规格: "1kg" },
              prices: [{ amount: 128, currency_code: "cny" }],
            },
          ],
        })
        const message = await refused(
          api.post("/vendors/products", body("warm"), { headers: coop.headers })
        )
        expect(message).toMatch(
          /metadata\.temperature_class must be one of ambient, chilled, frozen/
        )
        const ok = await api.post("/vendors/products", body("frozen"), {
          headers: coop.headers,
        })
        expect(ok.data.product.metadata.temperature_class).toBe("frozen")
      })
    })
  },
})
