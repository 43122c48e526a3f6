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
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import pickupOverdueParcels from "../../../src/jobs/pickup-overdue-parcels"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import {
  addPickupStaffMembershipWorkflow,
  cancelOrderParcelWorkflow,
  createPickupStaffWorkflow,
  handoverParcelWorkflow,
  processOverdueParcelsWorkflow,
  receiveParcelWorkflow,
  removePickupStaffMembershipWorkflow,
  unlockParcelWorkflow,
} from "../../../src/workflows/pickup"
import { addPickupStaffMembershipStepId } from "../../../src/workflows/pickup/steps/add-pickup-staff-membership"
import { cancelOrderParcelStepId } from "../../../src/workflows/pickup/steps/cancel-order-parcel"
import { createOrderParcelStepId } from "../../../src/workflows/pickup/steps/create-order-parcel"
import { removePickupStaffMembershipStepId } from "../../../src/workflows/pickup/steps/remove-pickup-staff-membership"
import { markParcelPickedUpStepId } from "../../../src/workflows/pickup/steps/mark-parcel-picked-up"
import { planOverdueParcelsStepId } from "../../../src/workflows/pickup/steps/plan-overdue-parcels"
import { receiveParcelStepId } from "../../../src/workflows/pickup/steps/receive-parcel"
import { unlockParcelStepId } from "../../../src/workflows/pickup/steps/unlock-parcel"
import {
  derivePickupCode,
  pickupCodeSecret,
  signQrPayload,
} from "../../../src/workflows/pickup/utils/pickup-code"
import { readDemoFile, type DemoUsers } from "../../../src/scripts/seed/data"
import { seedPickupStaff } from "../../../src/scripts/seed/pickup-staff"
import { createVendorFulfillmentWorkflow } from "../../../src/workflows/vendor-orders"
import {
  attachGuestOrdersWorkflow,
  requestEmailVerificationWorkflow,
  verifyCustomerEmailWorkflow,
} from "../../../src/workflows/customers"
import { issueEmailVerificationStepId } from "../../../src/workflows/customers/steps/issue-email-verification"
import { updateCustomerMetadataStepId } from "../../../src/workflows/customers/steps/update-customer-metadata"
import { attachOrdersToCustomerStepId } from "../../../src/workflows/customers/steps/attach-orders-to-customer"
import { CUSTOMER_PHONE_VERIFIED } from "../../../src/workflows/phone-auth/events"
import { createAdminUser } from "../../helpers/auth"
import { createVendorProduct, SHIPPING_ADDRESS } from "../../helpers/checkout"
import { registerCustomer } from "../../helpers/customers"
import { seedDemoStore } from "../../helpers/demo-store"
import { registerActiveVendor } from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

const PICKUP_PROVIDER_ID = "pickup_pickup"
const HOUR = 3600 * 1000
/** Nothing a staff member receives may carry the code or what derives it. */
const SECRET_KEYS = ["code", "code_hash", "code_nonce", "qr", "qr_payload"]

/**
 * The keys anywhere in a response body, except an error body's own `code`
 * (Medusa's error code, e.g. "invalid_request_error", docs/api.md "Errors").
 */
function keysOf(body: unknown, top = true): string[] {
  if (Array.isArray(body)) {
    return body.flatMap((item) => keysOf(item, false))
  }
  if (!body || typeof body !== "object") {
    return []
  }
  const isError = top && "type" in body && "message" in body
  return Object.entries(body).flatMap(([key, value]) => [
    ...(isError && key === "code" ? [] : [key]),
    ...keysOf(value, false),
  ])
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>
    let admin: { headers: Record<string, string> }
    let coop: Awaited<ReturnType<typeof registerActiveVendor>>
    let orange: Awaited<ReturnType<typeof createVendorProduct>>
    let pointA: any
    let pointB: any
    let staffA: { id: string; headers: Record<string, string> }
    let staffB: { id: string; headers: Record<string, string> }

    const pickup = () => getContainer().resolve(PICKUP_MODULE) as any
    const staffResponses: unknown[] = []
    const asStaff = (staff: { headers: Record<string, string> }) => ({
      get: async (url: string) => {
        const res = await api.get(url, { headers: staff.headers })
        staffResponses.push(res.data)
        return res
      },
      post: async (url: string, body: unknown = {}) => {
        const res = await api.post(url, body, { headers: staff.headers })
        staffResponses.push(res.data)
        return res
      },
    })
    /** A failed request's status, message and field refusals (`errors`). */
    const refusal = async (promise: Promise<unknown>) => {
      const err: any = await promise.then(
        () => {
          throw new Error("expected the request to fail")
        },
        (e) => e
      )
      if (!err.response) {
        throw err
      }
      staffResponses.push(err.response.data)
      return {
        status: err.response.status as number,
        message: err.response.data.message as string,
        errors: err.response.data.errors as unknown,
      }
    }
    const failure = async (promise: Promise<unknown>) => {
      const { status, message } = await refusal(promise)
      return { status, message }
    }

    async function createPoint(handle: string, name: string, lat: number) {
      const point = await pickup().createPickupPoints({
        handle,
        name_zh: name,
        name_en: `${handle} (test)`,
        type: "community_store",
        address_zh: "渝中区 民族路 188 号",
        district_code: "500103",
        lat,
        lng: 106.5772,
        opening_hours: [
          { days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" },
        ],
        contact_name: "张姐",
        contact_phone: "023-6380-0000",
        free_storage_hours: 48,
        overdue_grace_hours: 24,
      })
      await pickup().createPickupZones([
        { zone: "ambient", compartments: 20, point_id: point.id },
      ])
      return point
    }

    async function createStaff(
      email: string,
      pointId: string,
      role: "staff" | "manager" = "manager"
    ) {
      const password = "staff-password-1"
      const created = await api.post(
        "/admin/pickup-staff",
        {
          email,
          name: "陈静",
          phone: "13900000000",
          password,
          memberships: [{ point_id: pointId, role }],
        },
        { headers: admin.headers }
      )
      const login = await api.post("/auth/pickup/emailpass", {
        email,
        password,
      })
      return {
        id: created.data.pickup_staff.id as string,
        headers: { authorization: `Bearer ${login.data.token}` },
      }
    }

    /** A shopper's order to point A through the store API, fulfilled by the co-op with an ETA. */
    async function fulfilledPickupOrder(
      eta?: string,
      address: typeof SHIPPING_ADDRESS = SHIPPING_ADDRESS,
      buyer?: { email: string; headers: Record<string, string> },
      fulfil = true
    ) {
      const shopper =
        buyer ?? (await registerCustomer(api, demo.publishableKey))
      const headers = shopper.headers
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: demo.regionId,
          email: shopper.email,
          shipping_address: address,
          billing_address: address,
          items: [{ variant_id: orange.variant.id, quantity: 1 }],
        },
        { headers }
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
        headers,
      })
      const option = shipping_options.find(
        (o: any) => o.provider_id === PICKUP_PROVIDER_ID
      )
      await api.post(
        `/store/carts/${cart.id}/shipping-methods`,
        { option_id: option.id, data: { pickup_point_id: pointA.id } },
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
      const completed = await api.post(
        `/store/carts/${cart.id}/complete`,
        {},
        { headers }
      )
      const orderId: string =
        completed.data.order_group?.orders?.[0]?.id ?? completed.data.order.id
      if (fulfil) {
        await api.post(
          `/vendors/orders/${orderId}/fulfillments`,
          eta ? { eta } : {},
          { headers: coop.headers }
        )
      }
      const [parcel] = await pickup().listParcels({ order_id: orderId })
      return { orderId, parcel, shopper }
    }

    /** The code and QR payload as the customer sees them on their order. */
    async function customerCode(
      orderId: string,
      headers: Record<string, string>
    ) {
      const { data } = await api.get(`/store/orders/${orderId}`, { headers })
      return {
        code: data.order.pickup.code as string,
        qr: data.order.pickup.qr_payload as string,
      }
    }

    async function receivedParcel() {
      const placed = await fulfilledPickupOrder()
      await asStaff(staffA).post(`/pickup/parcels/${placed.parcel.id}/receive`)
      return placed
    }

    const notificationsOf = (parcelId: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: parcelId })

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdminUser(container)
      coop = await registerActiveVendor(api, admin.headers, {
        name: "奉节县脐橙专业合作社",
      })
      orange = await createVendorProduct(container, {
        vendor_id: coop.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "奉节脐橙 一级 5kg",
        price: 69.9,
        stock: 100,
      })
      pointA = await createPoint(
        "jiefangbei-test",
        "解放碑 民族路 便利店",
        29.5575
      )
      pointB = await createPoint(
        "guanyinqiao-test",
        "观音桥 步行街 驿站",
        29.5755
      )
      staffA = await createStaff("staff-a@jiefangbei.test", pointA.id)
      staffB = await createStaff("staff-b@guanyinqiao.test", pointB.id)
    })

    afterEach(() => {
      for (const body of staffResponses.splice(0)) {
        expect(keysOf(body).filter((key) => SECRET_KEYS.includes(key))).toEqual(
          []
        )
      }
    })

    describe("staff accounts", () => {
      it("creates staff with a pickup login; /pickup/me shows their points", async () => {
        const me = await asStaff(staffA).get("/pickup/me")
        expect(me.data.staff).toMatchObject({
          id: staffA.id,
          email: "staff-a@jiefangbei.test",
          memberships: [
            expect.objectContaining({
              role: "manager",
              point: expect.objectContaining({ id: pointA.id }),
            }),
          ],
        })
        const identity = await getContainer()
          .resolve(Modules.AUTH)
          .listProviderIdentities({ entity_id: "staff-a@jiefangbei.test" })
        const auth = await getContainer()
          .resolve(Modules.AUTH)
          .retrieveAuthIdentity(identity[0].auth_identity_id!)
        expect(auth.app_metadata).toMatchObject({ pickup_id: staffA.id })

        const list = await api.get(
          `/admin/pickup-staff?point_id=${pointB.id}`,
          { headers: admin.headers }
        )
        expect(list.data.pickup_staff.map((s: any) => s.id)).toEqual([
          staffB.id,
        ])
      })

      it("refuses a second staff with the same email, unknown points and anonymous callers", async () => {
        const duplicate = await failure(
          api.post(
            "/admin/pickup-staff",
            {
              email: "staff-a@jiefangbei.test",
              name: "重复",
              password: "x".repeat(12),
            },
            { headers: admin.headers }
          )
        )
        expect(duplicate).toMatchObject({ status: 400 })
        expect(duplicate.message).toMatch(/^email "staff-a@jiefangbei.test"/)

        const unknown = await failure(
          api.post(
            "/admin/pickup-staff",
            {
              email: "new@staff.test",
              name: "新人",
              password: "x".repeat(12),
              memberships: [{ point_id: "pkpt_missing" }],
            },
            { headers: admin.headers }
          )
        )
        expect(unknown.status).toBe(404)
        const noLogin = await failure(api.get("/pickup/me"))
        expect(noLogin.status).toBe(401)
        // A co-op login is not a pickup login.
        const wrongActor = await failure(
          api.get("/pickup/parcels", { headers: coop.headers })
        )
        expect(wrongActor.status).toBe(401)
      })

      it("rolls the staff and the new login back when a later step fails", async () => {
        const workflow = createPickupStaffWorkflow(getContainer())
        workflow.appendAction("throw", "set-auth-app-metadata", {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: {
            email: "rollback@staff.test",
            name: "回滚",
            password: "x".repeat(12),
            memberships: [{ point_id: pointA.id }],
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(
          await pickup().listPickupStaffs({ email: "rollback@staff.test" })
        ).toHaveLength(0)
        expect(
          await getContainer()
            .resolve(Modules.AUTH)
            .listProviderIdentities({ entity_id: "rollback@staff.test" })
        ).toHaveLength(0)
      })

      it("adds and removes memberships; a removed member no longer sees the point", async () => {
        const { parcel } = await fulfilledPickupOrder()
        await api.post(
          `/admin/pickup-staff/${staffB.id}/memberships`,
          { point_id: pointA.id },
          { headers: admin.headers }
        )
        const seen = await asStaff(staffB).get(`/pickup/parcels/${parcel.id}`)
        expect(seen.data.parcel.id).toBe(parcel.id)

        const again = await failure(
          api.post(
            `/admin/pickup-staff/${staffB.id}/memberships`,
            { point_id: pointA.id },
            { headers: admin.headers }
          )
        )
        expect(again.status).toBe(400)

        const removed = await api.delete(
          `/admin/pickup-staff/${staffB.id}/memberships/${pointA.id}`,
          { headers: admin.headers }
        )
        expect(
          removed.data.pickup_staff.memberships.map((m: any) => m.point.id)
        ).toEqual([pointB.id])
        const gone = await failure(
          asStaff(staffB).get(`/pickup/parcels/${parcel.id}`)
        )
        expect(gone.status).toBe(404)
      })

      it("seeds the demo staff login at its 解放碑 point, once", async () => {
        const users = readDemoFile<DemoUsers>("users.json")
        const demo = users.pickup!
        const point = await createPoint(
          demo.point_handle,
          "解放碑八一路社区便利店",
          29.557
        )
        const log: string[] = []
        await seedPickupStaff(getContainer(), users, (m) => log.push(m))
        await seedPickupStaff(getContainer(), users, (m) => log.push(m))
        expect(log).toEqual([
          `pickup staff ${demo.email}: created at 解放碑八一路社区便利店`,
          `pickup staff ${demo.email}: kept`,
        ])
        const login = await api.post("/auth/pickup/emailpass", {
          email: demo.email,
          password: demo.password,
        })
        const me = await asStaff({
          headers: { authorization: `Bearer ${login.data.token}` },
        }).get("/pickup/me")
        expect(me.data.staff.memberships).toEqual([
          expect.objectContaining({
            role: "manager",
            point: expect.objectContaining({ id: point.id }),
          }),
        ])
      })

      it("rolls membership changes back when a later step fails", async () => {
        const container = getContainer()
        const add = addPickupStaffMembershipWorkflow(container)
        add.appendAction("throw", addPickupStaffMembershipStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const added = await add.run({
          input: { staff_id: staffB.id, point_id: pointA.id },
          throwOnError: false,
        })
        expect(added.errors).toHaveLength(1)
        const remove = removePickupStaffMembershipWorkflow(container)
        remove.appendAction("throw", removePickupStaffMembershipStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const removed = await remove.run({
          input: { staff_id: staffB.id, point_id: pointB.id },
          throwOnError: false,
        })
        expect(removed.errors).toHaveLength(1)
        const memberships = await pickup().listPickupStaffMemberships({
          staff_id: staffB.id,
        })
        expect(memberships.map((m: any) => m.point_id)).toEqual([pointB.id])
      })
    })

    describe("the pickup story", () => {
      it("checkout to a point → co-op fulfils → staff receive → a wrong code, then the right one → picked up", async () => {
        // Tomorrow at 18:00 Beijing time, as a co-op's console sends it.
        const eta = `${new Date(Date.now() + 24 * HOUR).toISOString().slice(0, 10)}T18:00:00+08:00`
        const { orderId, parcel, shopper } = await fulfilledPickupOrder(eta)
        expect(parcel).toMatchObject({
          status: "awaiting_arrival",
          vendor_id: coop.vendor.id,
          point_id: pointA.id,
          zone: "ambient",
        })
        expect(new Date(parcel.eta).toISOString()).toBe(
          new Date(eta).toISOString()
        )
        expect(parcel.fulfillment_id).toBeTruthy()

        const waiting = await asStaff(staffA).get(
          "/pickup/parcels?status=awaiting_arrival"
        )
        expect(waiting.data.parcels.map((p: any) => p.id)).toEqual([parcel.id])
        expect(waiting.data.count).toBe(1)

        const before = Date.now()
        const received = await asStaff(staffA).post(
          `/pickup/parcels/${parcel.id}/receive`
        )
        expect(received.data.parcel).toMatchObject({
          id: parcel.id,
          status: "ready_for_pickup",
          compartment: "A-01",
        })
        const { ready_at, deadline_at } = received.data.parcel
        expect(+new Date(ready_at)).toBeGreaterThanOrEqual(before - 1000)
        expect(+new Date(deadline_at) - +new Date(ready_at)).toBe(48 * HOUR)

        // The customer sees the code; the database holds only its hash.
        const { code } = await customerCode(orderId, shopper.headers)
        expect(code).toMatch(/^\d{6}$/)

        // The customer is told the code by email and by SMS.
        const notes = await notificationsOf(parcel.id)
        expect(
          notes.map((n: any) => [n.channel, n.template, n.data.code]).sort()
        ).toEqual([
          ["email", "pickup-parcel-ready", code],
          ["sms", "pickup-parcel-ready", code],
        ])
        expect(notes.find((n: any) => n.channel === "email")!.to).toBe(
          shopper.email
        )
        const stored = await pickup().retrieveParcel(parcel.id)
        expect(JSON.stringify(stored)).not.toContain(code)

        const twice = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/receive`)
        )
        expect(twice.status).toBe(400)
        expect(twice.message).toMatch(/is ready_for_pickup/)
        expect(twice.errors).toEqual([
          {
            field: "",
            rule: "parcel_status",
            values: {
              status: "ready_for_pickup",
              allowed: ["awaiting_arrival"],
            },
          },
        ])

        const wrongCode = code === "000000" ? "111111" : "000000"
        const wrong = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
            code: wrongCode,
          })
        )
        expect(wrong).toEqual({
          status: 400,
          message: "code is wrong; 4 attempts left.",
          errors: [
            { field: "code", rule: "wrong_code", values: { attempts_left: 4 } },
          ],
        })
        const malformed = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
            code: "12",
          })
        )
        expect(malformed.status).toBe(400)
        expect(malformed.message).toMatch(/code must be/)
        expect(malformed.errors).toEqual([
          {
            field: "code",
            rule: "invalid_format",
            values: { format: "regex" },
          },
        ])

        const handed = await asStaff(staffA).post(
          `/pickup/parcels/${parcel.id}/handover`,
          { code }
        )
        expect(handed.data.parcel).toMatchObject({
          status: "picked_up",
          failed_attempts: 0,
        })
        expect(handed.data.parcel.picked_up_at).toBeTruthy()

        // The fulfilment is delivered, which starts the after-sales window.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: ["fulfillments.delivered_at"],
          filters: { id: orderId },
        })
        expect(order.fulfillments![0]!.delivered_at).toBeTruthy()
        const [line] = await (
          getContainer().resolve("marketplace") as any
        ).listPayoutLines({ order_id: orderId })
        expect(line.delivered_at).toBeTruthy()

        const after = await asStaff(staffA).get(
          "/pickup/parcels?status=picked_up"
        )
        expect(after.data.parcels.map((p: any) => p.id)).toEqual([parcel.id])
        const replay = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
            code,
          })
        )
        expect(replay.status).toBe(400)
        expect(replay.errors).toEqual([
          {
            field: "",
            rule: "parcel_status",
            values: {
              status: "picked_up",
              allowed: ["ready_for_pickup", "overdue"],
            },
          },
        ])
      })

      it("gives parcels received together different compartments", async () => {
        const first = await receivedParcel()
        const second = await receivedParcel()
        const parcels = await pickup().listParcels({
          id: [first.parcel.id, second.parcel.id],
        })
        expect(parcels.map((p: any) => p.compartment).sort()).toEqual([
          "A-01",
          "A-02",
        ])
        expect(parcels[0].code_hash).not.toBe(parcels[1].code_hash)
      })

      it("books a parcel in once when three receipts race: one 200, one compartment, one code", async () => {
        const { orderId, parcel, shopper } = await fulfilledPickupOrder()
        const results = await Promise.all(
          [1, 2, 3].map(() =>
            api
              .post(
                `/pickup/parcels/${parcel.id}/receive`,
                {},
                { headers: staffA.headers }
              )
              .then(
                (res) => ({ status: res.status, data: res.data }),
                (e) => ({ status: e.response?.status, data: e.response?.data })
              )
          )
        )
        staffResponses.push(...results.map((r) => r.data))
        const won = results.filter((r) => r.status === 200)
        const lost = results.filter((r) => r.status !== 200)
        expect(won).toHaveLength(1)
        expect(lost).toHaveLength(2)
        for (const r of lost) {
          expect([400, 409]).toContain(r.status)
        }
        expect(won[0].data.parcel.compartment).toBe("A-01")

        // One compartment held at the point, one code, one notice.
        const atPoint = await pickup().listParcels({
          point_id: pointA.id,
          status: ["ready_for_pickup", "overdue"],
        })
        expect(atPoint.map((p: any) => [p.id, p.compartment])).toEqual([
          [parcel.id, "A-01"],
        ])
        expect(
          (await notificationsOf(parcel.id)).map((n: any) => n.channel).sort()
        ).toEqual(["email", "sms"])
        const { code } = await customerCode(orderId, shopper.headers)
        const handed = await asStaff(staffA).post(
          `/pickup/parcels/${parcel.id}/handover`,
          { code }
        )
        expect(handed.data.parcel.status).toBe("picked_up")
      })

      it("refuses the co-op's 'delivered' for an order to a pickup point, changing nothing", async () => {
        const { orderId, parcel } = await receivedParcel()
        const refused = await failure(
          api.post(
            `/vendors/orders/${orderId}/fulfillments/${parcel.fulfillment_id}/mark-as-delivered`,
            {},
            { headers: coop.headers }
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toBe(
          `Order "${orderId}" ships to a pickup point: its parcel is handed over at the point against the customer's pickup code, and that handover marks it delivered.`
        )

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: ["fulfillments.delivered_at"],
          filters: { id: orderId },
        })
        expect(order.fulfillments![0]!.delivered_at).toBeNull()
        const [line] = await (
          getContainer().resolve("marketplace") as any
        ).listPayoutLines({ order_id: orderId })
        expect(line.delivered_at).toBeNull()
        expect(await pickup().retrieveParcel(parcel.id)).toMatchObject({
          status: "ready_for_pickup",
        })
      })

      it("hands over a parcel whose order was already marked delivered, restarting the after-sales window", async () => {
        const { orderId, parcel, shopper } = await receivedParcel()
        // The stuck state the co-op route could leave: delivered, parcel ready.
        await markOrderFulfillmentAsDeliveredWorkflow(getContainer()).run({
          input: { orderId, fulfillmentId: parcel.fulfillment_id },
        })
        const marketplace = getContainer().resolve("marketplace") as any
        const [early] = await marketplace.listPayoutLines({ order_id: orderId })
        const longAgo = new Date(Date.now() - 48 * HOUR)
        await marketplace.updatePayoutLines({
          id: early.id,
          delivered_at: longAgo,
          payable_after: new Date(longAgo.getTime() + HOUR),
        })

        const { code } = await customerCode(orderId, shopper.headers)
        const before = Date.now()
        const handed = await asStaff(staffA).post(
          `/pickup/parcels/${parcel.id}/handover`,
          { code }
        )
        expect(handed.data.parcel.status).toBe("picked_up")
        const [line] = await marketplace.listPayoutLines({ order_id: orderId })
        expect(+new Date(line.delivered_at)).toBeGreaterThanOrEqual(
          before - 1000
        )
        expect(+new Date(line.payable_after)).toBeGreaterThan(Date.now())
      })

      it("never opens a parcel for an order shipped to the door, whatever its method data or cart metadata name", async () => {
        await pickup().updatePickupPoints({ id: pointB.id, status: "paused" })
        const shopper = await registerCustomer(api, demo.publishableKey)
        const headers = shopper.headers
        const {
          data: { cart },
        } = await api.post(
          "/store/carts",
          {
            region_id: demo.regionId,
            email: shopper.email,
            shipping_address: SHIPPING_ADDRESS,
            billing_address: SHIPPING_ADDRESS,
            items: [{ variant_id: orange.variant.id, quantity: 1 }],
            metadata: { pickup: { point_id: pointB.id, zone: "ambient" } },
          },
          { headers }
        )
        const {
          data: { shipping_options },
        } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
          headers,
        })
        const door = shipping_options.find(
          (o: any) => o.provider_id !== PICKUP_PROVIDER_ID
        )
        await api.post(
          `/store/carts/${cart.id}/shipping-methods`,
          {
            option_id: door.id,
            data: { pickup_point_id: pointB.id, zone: "frozen" },
          },
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
        const completed = await api.post(
          `/store/carts/${cart.id}/complete`,
          {},
          { headers }
        )
        const orderId: string =
          completed.data.order_group?.orders?.[0]?.id ?? completed.data.order.id

        const fulfilled = await api.post(
          `/vendors/orders/${orderId}/fulfillments`,
          {},
          { headers: coop.headers }
        )
        expect(fulfilled.status).toBe(201)
        expect(await pickup().listParcels({ order_id: orderId })).toEqual([])
        expect(
          await pickup().listPickupReservations({ order_id: orderId })
        ).toEqual([])
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(orderId, { select: ["metadata"] })
        expect(order.metadata?.pickup).toBeUndefined()
      })

      it("locks the parcel for 15 minutes after 5 wrong codes, and logs it", async () => {
        const { orderId, parcel, shopper } = await receivedParcel()
        const { code } = await customerCode(orderId, shopper.headers)
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
        const warn = jest.spyOn(logger, "warn")
        const wrongCode = code === "999999" ? "888888" : "999999"
        const messages: string[] = []
        const errors: unknown[] = []
        for (let i = 0; i < 5; i++) {
          const res = await refusal(
            asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
              code: wrongCode,
            })
          )
          expect(res.status).toBe(400)
          messages.push(res.message)
          errors.push(res.errors)
        }
        expect(errors).toEqual([
          ...[4, 3, 2, 1].map((left) => [
            {
              field: "code",
              rule: "wrong_code",
              values: { attempts_left: left },
            },
          ]),
          [
            {
              field: "code",
              rule: "wrong_code_locked",
              values: { retry_after_s: 900, max_attempts: 5 },
            },
          ],
        ])
        expect(messages.slice(0, 4)).toEqual([
          "code is wrong; 4 attempts left.",
          "code is wrong; 3 attempts left.",
          "code is wrong; 2 attempts left.",
          "code is wrong; 1 attempt left.",
        ])
        expect(messages[4]).toMatch(/no attempts left.*locked for 15 minutes/)
        expect(
          warn.mock.calls.some(([m]) =>
            String(m).includes(
              `parcel ${parcel.id} at point ${pointA.id} locked`
            )
          )
        ).toBe(true)
        warn.mockRestore()

        // Even the right code waits out the lock.
        const locked = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
            code,
          })
        )
        expect(locked.status).toBe(400)
        expect(locked.message).toMatch(
          /locked after 5 wrong codes; try again in 1[45] min/
        )
        expect(locked.errors).toEqual([
          {
            field: "code",
            rule: "code_locked",
            values: { retry_after_s: expect.any(Number), max_attempts: 5 },
          },
        ])
        const [{ values }] = locked.errors as any[]
        expect(values.retry_after_s).toBeGreaterThan(800)
        expect(values.retry_after_s).toBeLessThanOrEqual(900)

        // Fifteen minutes later (moved in the database) the right code works.
        await pickup().updateParcels({
          id: parcel.id,
          locked_until: new Date(Date.now() - 1000),
        })
        const handed = await asStaff(staffA).post(
          `/pickup/parcels/${parcel.id}/handover`,
          { code }
        )
        expect(handed.data.parcel.status).toBe("picked_up")
      })

      it("hands over against the customer's signed QR, and refuses a forged or foreign one", async () => {
        const first = await receivedParcel()
        const second = await receivedParcel()
        const { qr } = await customerCode(first.orderId, first.shopper.headers)
        const secret = pickupCodeSecret()

        const foreign = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${second.parcel.id}/handover`, {
            qr,
          })
        )
        expect(foreign.status).toBe(400)
        expect(foreign.message).toMatch(/^qr belongs to another parcel/)
        expect(foreign.errors).toEqual([
          { field: "qr", rule: "qr_other_parcel", values: {} },
        ])

        const forged = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${first.parcel.id}/handover`, {
            qr: signQrPayload("not-our-secret", {
              parcel_id: first.parcel.id,
              code: "123456",
            }),
          })
        )
        expect(forged.message).toMatch(/^qr is not a pickup QR code/)
        expect(forged.errors).toEqual([
          { field: "qr", rule: "qr_invalid", values: {} },
        ])
        const expired = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${first.parcel.id}/handover`, {
            qr: signQrPayload(
              secret,
              { parcel_id: first.parcel.id, code: "123456" },
              { expires_at: new Date(Date.now() - 1000) }
            ),
          })
        )
        expect(expired.message).toMatch(/^qr has expired/)
        expect(expired.errors).toEqual([
          { field: "qr", rule: "qr_expired", values: {} },
        ])
        const both = await refusal(
          asStaff(staffA).post(`/pickup/parcels/${first.parcel.id}/handover`, {
            qr,
            code: "123456",
          })
        )
        expect(both.message).toMatch(/code or qr: send exactly one/)
        expect(both.errors).toEqual([
          { field: "", rule: "code_or_qr", values: {} },
        ])

        const handed = await asStaff(staffA).post(
          `/pickup/parcels/${first.parcel.id}/handover`,
          { qr }
        )
        expect(handed.data.parcel.status).toBe("picked_up")
      })

      it("signs the parcel's last collection moment into its QR and refuses the QR after it", async () => {
        const { orderId, parcel, shopper } = await receivedParcel()
        const point = await pickup().retrievePickupPoint(pointA.id)
        const { qr } = await customerCode(orderId, shopper.headers)
        const [, body] = qr.split(".")
        const { e } = JSON.parse(Buffer.from(body, "base64url").toString())
        const received = await pickup().retrieveParcel(parcel.id)
        // Whole seconds: deadline plus the point's grace hours.
        expect(e).toBe(
          Math.floor(
            (new Date(received.deadline_at!).getTime() +
              point.overdue_grace_hours * 3600 * 1000) /
              1000
          )
        )

        // The parcel's stay ended (the overdue job has not run yet).
        const longAgo = new Date(
          Date.now() - (point.overdue_grace_hours + 1) * 3600 * 1000
        )
        await pickup().updateParcels({ id: parcel.id, deadline_at: longAgo })
        const stale = await customerCode(orderId, shopper.headers)
        const refused = await failure(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
            qr: stale.qr,
          })
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/^qr has expired/)
        const after = await pickup().retrieveParcel(parcel.id)
        expect(after).toMatchObject({
          status: "ready_for_pickup",
          failed_attempts: 0,
          picked_up_at: null,
        })
      })

      it("restores the parcel when handover fails after it was marked picked up", async () => {
        const { orderId, parcel, shopper } = await receivedParcel()
        const { code } = await customerCode(orderId, shopper.headers)
        const workflow = handoverParcelWorkflow(getContainer())
        workflow.appendAction("throw", markParcelPickedUpStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: {
            parcel_id: parcel.id,
            point_ids: [pointA.id],
            staff_id: staffA.id,
            code,
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const restored = await pickup().retrieveParcel(parcel.id)
        expect(restored).toMatchObject({ status: "ready_for_pickup" })
        expect(restored.code_hash).toBeTruthy()
        expect(restored.picked_up_at).toBeNull()
      })

      it("undoes a receipt whose later steps fail, and a parcel whose fulfilment fails", async () => {
        const { parcel } = await fulfilledPickupOrder()
        const receive = receiveParcelWorkflow(getContainer())
        receive.appendAction("throw", receiveParcelStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await receive.run({
          input: {
            parcel_id: parcel.id,
            point_ids: [pointA.id],
            staff_id: staffA.id,
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(await pickup().retrieveParcel(parcel.id)).toMatchObject({
          status: "awaiting_arrival",
          compartment: null,
          code_hash: null,
          deadline_at: null,
        })

        // A second order whose fulfilment fails after its parcel opened.
        const shopper = await registerCustomer(api, demo.publishableKey)
        const second = await fulfilledPickupOrderWithoutFulfilment(shopper)
        const fulfil = createVendorFulfillmentWorkflow(getContainer())
        fulfil.appendAction("throw", createOrderParcelStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const failed = await fulfil.run({
          input: {
            vendor_id: coop.vendor.id,
            member_id: coop.member.id,
            order_id: second,
          },
          throwOnError: false,
        })
        expect(failed.errors).toHaveLength(1)
        expect(await pickup().listParcels({ order_id: second })).toHaveLength(0)
      })
    })

    /** Places an order to point A without fulfilling it; returns its id. */
    async function fulfilledPickupOrderWithoutFulfilment(shopper: {
      email: string
      headers: Record<string, string>
    }) {
      const headers = shopper.headers
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: demo.regionId,
          email: shopper.email,
          shipping_address: SHIPPING_ADDRESS,
          billing_address: SHIPPING_ADDRESS,
          items: [{ variant_id: orange.variant.id, quantity: 1 }],
        },
        { headers }
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
        headers,
      })
      const option = shipping_options.find(
        (o: any) => o.provider_id === PICKUP_PROVIDER_ID
      )
      await api.post(
        `/store/carts/${cart.id}/shipping-methods`,
        { option_id: option.id, data: { pickup_point_id: pointA.id } },
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
      const completed = await api.post(
        `/store/carts/${cart.id}/complete`,
        {},
        { headers }
      )
      return (completed.data.order_group?.orders?.[0]?.id ??
        completed.data.order.id) as string
    }

    describe("other points' parcels", () => {
      it("are not found for point B's staff on every route, and never listed", async () => {
        const { parcel } = await fulfilledPickupOrder()
        const b = asStaff(staffB)
        for (const request of [
          () => b.get(`/pickup/parcels/${parcel.id}`),
          () => b.post(`/pickup/parcels/${parcel.id}/receive`),
          () =>
            b.post(`/pickup/parcels/${parcel.id}/handover`, {
              code: "123456",
            }),
          () =>
            b.post(`/pickup/parcels/${parcel.id}/handover`, {
              qr: signQrPayload(pickupCodeSecret(), {
                parcel_id: parcel.id,
                code: "123456",
              }),
            }),
        ]) {
          const res = await failure(request())
          expect(res).toEqual({
            status: 404,
            message: `Parcel "${parcel.id}" was not found.`,
          })
        }
        const listed = await b.get("/pickup/parcels")
        expect(listed.data.parcels).toEqual([])
        const asked = await b.get(`/pickup/parcels?point_id=${pointA.id}`)
        expect(asked.data.parcels).toEqual([])
        // Nothing counted against the parcel by the foreign attempts.
        expect(await pickup().retrieveParcel(parcel.id)).toMatchObject({
          status: "awaiting_arrival",
          failed_attempts: 0,
        })
      })

      it("never lets staff ask for the code's hash or nonce", async () => {
        const { parcel } = await receivedParcel()
        // Fields outside the staff's list are refused with a 400 naming
        // them; afterEach checks that no response carried a code, hash or
        // nonce.
        for (const fields of ["code_hash", "+code_nonce", "*", "+*"]) {
          for (const path of [
            `/pickup/parcels/${parcel.id}`,
            "/pickup/parcels",
          ]) {
            const refused = await failure(
              asStaff(staffA).get(
                `${path}?fields=${encodeURIComponent(fields)}`
              )
            )
            expect(refused.status).toBe(400)
            expect(refused.message).toMatch(/cannot be read on this route/)
          }
        }
        const listed = await asStaff(staffA).get("/pickup/parcels")
        expect(listed.data.parcels).toHaveLength(1)
      })
    })

    describe("unlocking a locked parcel", () => {
      /** A parcel at point A locked by 5 wrong codes, and its right code. */
      async function lockedParcel() {
        const placed = await receivedParcel()
        const { code } = await customerCode(
          placed.orderId,
          placed.shopper.headers
        )
        const wrong = code === "999999" ? "888888" : "999999"
        for (let i = 0; i < 5; i++) {
          await failure(
            asStaff(staffA).post(
              `/pickup/parcels/${placed.parcel.id}/handover`,
              {
                code: wrong,
              }
            )
          )
        }
        return { ...placed, code }
      }
      const reason = "顾客出示身份证，核实为收件人本人"

      it("lets the point's manager unlock with a reason, recorded in the parcel's history; staff get 403, other points 404", async () => {
        const { parcel, code } = await lockedParcel()
        const clerk = await createStaff(
          "clerk@jiefangbei.test",
          pointA.id,
          "staff"
        )
        const url = `/pickup/parcels/${parcel.id}/unlock`

        expect(await refusal(asStaff(clerk).post(url, { reason }))).toEqual({
          status: 403,
          message: `Only a manager of pickup point "${pointA.id}" can unlock parcel "${parcel.id}"; ask your point's manager, or the platform, to unlock it.`,
          errors: [{ field: "", rule: "not_manager", values: {} }],
        })
        expect(await failure(asStaff(staffB).post(url, { reason }))).toEqual({
          status: 404,
          message: `Parcel "${parcel.id}" was not found.`,
        })
        for (const [body, field, rule] of [
          [{}, /reason/, "invalid_type"],
          [
            { reason: "  ok " },
            /'reason' too small, expected at least: '4'/,
            "too_small",
          ],
          [
            { reason, failed_attempts: 0 },
            /failed_attempts/,
            "unrecognized_key",
          ],
        ] as const) {
          const bad = await refusal(asStaff(staffA).post(url, body))
          expect(bad.status).toBe(400)
          expect(bad.message).toMatch(field)
          expect((bad.errors as any[]).map((e) => e.rule)).toEqual([rule])
        }
        expect(await pickup().retrieveParcel(parcel.id)).toMatchObject({
          failed_attempts: 5,
        })

        const {
          data: { parcel: unlocked },
        } = await asStaff(staffA).post(url, { reason: `  ${reason} ` })
        expect(unlocked).toMatchObject({
          failed_attempts: 0,
          locked_until: null,
        })
        expect(unlocked.events).toEqual([
          expect.objectContaining({
            type: "unlocked",
            actor_type: "pickup_staff",
            actor_name: "陈静",
            reason,
            data: {
              failed_attempts: 5,
              locked_until: expect.any(String),
            },
            created_at: expect.any(String),
          }),
        ])
        const [event] = await pickup().listParcelEvents({
          parcel_id: parcel.id,
        })
        expect(event.actor_id).toBe(staffA.id)
        const read = await asStaff(staffA).get(`/pickup/parcels/${parcel.id}`)
        expect(read.data.parcel.events).toHaveLength(1)

        // Nothing left to unlock; the right code now hands it over.
        expect(await refusal(asStaff(staffA).post(url, { reason }))).toEqual({
          status: 400,
          message: `Parcel "${parcel.id}" has no wrong codes against it; there is nothing to unlock.`,
          errors: [{ field: "", rule: "nothing_to_unlock", values: {} }],
        })
        const handed = await asStaff(staffA).post(
          `/pickup/parcels/${parcel.id}/handover`,
          { code }
        )
        expect(handed.data.parcel.status).toBe("picked_up")
        expect(await refusal(asStaff(staffA).post(url, { reason }))).toEqual({
          status: 400,
          message: `Parcel "${parcel.id}" is picked_up; only ready_for_pickup or overdue parcels can be unlocked.`,
          errors: [
            {
              field: "",
              rule: "parcel_status",
              values: {
                status: "picked_up",
                allowed: ["ready_for_pickup", "overdue"],
              },
            },
          ],
        })
      })

      it("lets an admin unlock any point's parcel and read its history", async () => {
        const { parcel } = await lockedParcel()
        const url = `/admin/parcels/${parcel.id}/unlock`
        const missing = await failure(
          api.post(url, {}, { headers: admin.headers })
        )
        expect(missing.status).toBe(400)
        expect(missing.message).toMatch(/reason/)

        const { data } = await api.post(
          url,
          { reason: "客服电话核实：顾客记错了取件码" },
          { headers: admin.headers }
        )
        expect(data.parcel).toMatchObject({
          id: parcel.id,
          failed_attempts: 0,
          locked_until: null,
        })
        expect(keysOf(data).filter((key) => SECRET_KEYS.includes(key))).toEqual(
          []
        )
        const read = await api.get(`/admin/parcels/${parcel.id}`, {
          headers: admin.headers,
        })
        expect(read.data.parcel.events).toEqual([
          expect.objectContaining({
            type: "unlocked",
            actor_type: "user",
            actor_id: expect.stringMatching(/^user_/),
            reason: "客服电话核实：顾客记错了取件码",
          }),
        ])
        const anonymous = await failure(
          api.post(url, { reason: "no login at all" })
        )
        expect(anonymous.status).toBe(401)
        const absent = await failure(
          api.get("/admin/parcels/pcl_missing", { headers: admin.headers })
        )
        expect(absent).toEqual({
          status: 404,
          message: 'Parcel "pcl_missing" was not found.',
        })
      })

      it("leaves the lock and no record when a later step fails", async () => {
        const { parcel } = await lockedParcel()
        const workflow = unlockParcelWorkflow(getContainer())
        workflow.appendAction("throw", unlockParcelStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: {
            parcel_id: parcel.id,
            actor: { type: "pickup_staff", id: staffA.id },
            reason,
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const after = await pickup().retrieveParcel(parcel.id)
        expect(after.failed_attempts).toBe(5)
        expect(new Date(after.locked_until).getTime()).toBeGreaterThan(
          Date.now()
        )
        expect(
          await pickup().listParcelEvents({ parcel_id: parcel.id })
        ).toEqual([])
      })
    })

    describe("finding parcels at the counter", () => {
      it("shows each parcel's order number, a masked name, the phone's tail and the co-op, never the phone", async () => {
        const first = await fulfilledPickupOrder(undefined, {
          ...SHIPPING_ADDRESS,
          phone: "+86 138 0013 5678",
        })
        const second = await receivedParcel()
        const listed = await asStaff(staffA).get("/pickup/parcels")
        // Newest first by default.
        expect(listed.data.parcels.map((p: any) => p.id)).toEqual([
          second.parcel.id,
          first.parcel.id,
        ])
        const view = listed.data.parcels[1]
        expect(view.order).toEqual({
          display_id: expect.any(Number),
          customer_name: "李*梅",
          phone_last4: "5678",
          items: [
            {
              title: expect.any(String),
              variant_title: "5kg",
              quantity: 1,
            },
          ],
          item_count: 1,
        })
        expect(view.vendor).toEqual({
          id: coop.vendor.id,
          name: "奉节县脐橙专业合作社",
          handle: coop.vendor.handle,
        })
        expect(view.point).toMatchObject({
          free_storage_hours: 48,
          overdue_grace_hours: 24,
        })
        expect(JSON.stringify(listed.data)).not.toMatch(/13800135678|0013 5678/)

        const detail = await asStaff(staffA).get(
          `/pickup/parcels/${second.parcel.id}`
        )
        expect(detail.data.parcel.order).toMatchObject({
          phone_last4: "0000",
          item_count: 1,
        })
        const oldest = await asStaff(staffA).get(
          "/pickup/parcels?order=created_at"
        )
        expect(oldest.data.parcels.map((p: any) => p.id)).toEqual([
          first.parcel.id,
          second.parcel.id,
        ])
      })

      it("finds a parcel by order number, compartment or phone tail, only at the staff's points", async () => {
        const first = await fulfilledPickupOrder(undefined, {
          ...SHIPPING_ADDRESS,
          phone: "13800135678",
        })
        const second = await receivedParcel()
        const number = (
          await asStaff(staffA).get(`/pickup/parcels/${first.parcel.id}`)
        ).data.parcel.order.display_id
        const found = async (
          q: string,
          staff: { headers: Record<string, string> } = staffA
        ) =>
          (
            await asStaff(staff).get(
              `/pickup/parcels?q=${encodeURIComponent(q)}`
            )
          ).data.parcels.map((p: any) => p.id)

        expect(await found(String(number))).toEqual([first.parcel.id])
        expect(await found(`#${number}`)).toEqual([first.parcel.id])
        expect(await found("a1")).toEqual([second.parcel.id])
        expect(await found("Ａ－０１")).toEqual([second.parcel.id])
        expect(await found("5678")).toEqual([first.parcel.id])
        expect(await found("0000")).toEqual([second.parcel.id])
        expect(await found("李晓梅")).toEqual([])
        const withStatus = await asStaff(staffA).get(
          "/pickup/parcels?q=5678&status=ready_for_pickup"
        )
        expect(withStatus.data.parcels).toEqual([])

        // Point B's staff find none of point A's parcels.
        expect(await found(String(number), staffB)).toEqual([])
        expect(await found("5678", staffB)).toEqual([])
        expect(await found("A-01", staffB)).toEqual([])

        const long = await failure(
          asStaff(staffA).get(`/pickup/parcels?q=${"1".repeat(41)}`)
        )
        expect(long.status).toBe(400)
        expect(long.message).toMatch(/'q' too big, expected at most: '40'/)
      })
    })

    describe("overdue parcels", () => {
      it("become overdue past the deadline, returned after the grace hours, once each, with one notice each", async () => {
        const { orderId, parcel } = await receivedParcel()
        const run = () =>
          processOverdueParcelsWorkflow(getContainer()).run({ input: {} })
        const notices = async (template: string) =>
          (await notificationsOf(parcel.id)).filter(
            (n: any) => n.template === template && n.channel === "email"
          )

        // Before the deadline nothing happens.
        expect((await run()).result).toEqual({ overdue: [], returned: [] })

        await pickup().updateParcels({
          id: parcel.id,
          deadline_at: new Date(Date.now() - HOUR),
        })
        expect((await run()).result).toEqual({
          overdue: [parcel.id],
          returned: [],
        })
        expect((await run()).result).toEqual({ overdue: [], returned: [] })
        const overdue = await pickup().retrieveParcel(parcel.id)
        expect(overdue.status).toBe("overdue")
        expect(overdue.overdue_at).toBeTruthy()
        expect(await notices("pickup-parcel-overdue")).toHaveLength(1)
        const seen = await asStaff(staffA).get("/pickup/parcels?status=overdue")
        expect(seen.data.parcels.map((p: any) => p.id)).toEqual([parcel.id])

        // Past the 24 grace hours the hourly job returns it.
        await pickup().updateParcels({
          id: parcel.id,
          deadline_at: new Date(Date.now() - 25 * HOUR),
        })
        await pickupOverdueParcels(getContainer())
        expect((await run()).result).toEqual({ overdue: [], returned: [] })
        const returned = await pickup().retrieveParcel(parcel.id)
        expect(returned).toMatchObject({ status: "returned", code_hash: null })
        expect(await notices("pickup-parcel-overdue")).toHaveLength(1)
        expect(await notices("pickup-parcel-returned")).toHaveLength(1)

        const order = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(orderId, { select: ["id", "metadata"] })
        expect(order.metadata?.after_sales).toMatchObject({
          reason: "pickup_returned",
          parcel_id: parcel.id,
        })
        // The checkout's pickup record on the order is kept.
        expect(order.metadata?.pickup).toMatchObject({ point_id: pointA.id })

        const late = await failure(
          asStaff(staffA).post(`/pickup/parcels/${parcel.id}/handover`, {
            code: "123456",
          })
        )
        expect(late.message).toMatch(/is returned/)
      })

      it("leave a parcel collected after the run planned its return alone", async () => {
        const { orderId, parcel, shopper } = await receivedParcel()
        const { code } = await customerCode(orderId, shopper.headers)
        await pickup().updateParcels({
          id: parcel.id,
          deadline_at: new Date(Date.now() - 25 * HOUR),
        })
        const workflow = processOverdueParcelsWorkflow(getContainer())
        // The customer collects it between the run's plan and its update
        // (the deadline moves back so the handover itself is in time).
        workflow.insertActionAfter(
          planOverdueParcelsStepId,
          "collect-meanwhile",
          {
            invoke: async () => {
              await pickup().updateParcels({
                id: parcel.id,
                deadline_at: new Date(Date.now() + HOUR),
              })
              await asStaff(staffA).post(
                `/pickup/parcels/${parcel.id}/handover`,
                { code }
              )
            },
          }
        )
        const { result } = await workflow.run({ input: {} })
        expect(result).toEqual({ overdue: [], returned: [] })

        const after = await pickup().retrieveParcel(parcel.id)
        expect(after).toMatchObject({ status: "picked_up", returned_at: null })
        const notices = await notificationsOf(parcel.id)
        expect(
          notices.filter((n: any) => n.template === "pickup-parcel-returned")
        ).toHaveLength(0)
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(orderId, { select: ["metadata"] })
        expect(order.metadata?.after_sales).toBeUndefined()
      })

      it("rolls statuses and the order flag back when the run fails", async () => {
        const { orderId, parcel } = await receivedParcel()
        await pickup().updateParcels({
          id: parcel.id,
          deadline_at: new Date(Date.now() - 25 * HOUR),
        })
        const workflow = processOverdueParcelsWorkflow(getContainer())
        workflow.appendAction("throw", "flag-returned-parcel-orders", {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: {},
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const restored = await pickup().retrieveParcel(parcel.id)
        expect(restored).toMatchObject({
          status: "ready_for_pickup",
          returned_at: null,
        })
        expect(restored.code_hash).toBeTruthy()
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(orderId, { select: ["metadata"] })
        expect(order.metadata?.after_sales).toBeUndefined()
      })
    })

    describe("cancelled orders", () => {
      it("cancel their parcel; a parcel already collected is kept", async () => {
        const { orderId, parcel } = await fulfilledPickupOrder()
        const { result } = await cancelOrderParcelWorkflow(getContainer()).run({
          input: { order_id: orderId },
        })
        expect(result).toBe(parcel.id)
        expect(await pickup().retrieveParcel(parcel.id)).toMatchObject({
          status: "cancelled",
        })
        const again = await cancelOrderParcelWorkflow(getContainer()).run({
          input: { order_id: orderId },
        })
        expect(again.result).toBeNull()
      })

      it("can be cancelled by their shopper until the co-op fulfils them, and by no one else", async () => {
        const placed = await fulfilledPickupOrder(
          undefined,
          SHIPPING_ADDRESS,
          undefined,
          false
        )
        const cancel = (orderId: string, headers: Record<string, string>) =>
          api.post(
            `/store/orders/${orderId}/cancel`,
            {},
            {
              headers,
              validateStatus: () => true,
            }
          )
        const stranger = await registerCustomer(api, demo.publishableKey)
        const refused = await cancel(placed.orderId, stranger.headers)
        expect(refused.status).toBe(404)
        const anonymous = await cancel(placed.orderId, {
          "x-publishable-api-key": demo.publishableKey,
        })
        expect(anonymous.status).toBe(401)

        const handled = TestEventUtils.waitSubscribersExecution(
          OrderWorkflowEvents.CANCELED,
          getContainer().resolve(Modules.EVENT_BUS)
        )
        const done = await cancel(placed.orderId, placed.shopper.headers)
        expect(done.status).toBe(200)
        expect(done.data.order).toMatchObject({
          id: placed.orderId,
          status: "canceled",
        })
        await handled
        const again = await cancel(placed.orderId, placed.shopper.headers)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/is already cancelled/)

        const fulfilled = await fulfilledPickupOrder()
        const late = await cancel(fulfilled.orderId, fulfilled.shopper.headers)
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(
          /has been fulfilled by its co-op and can no longer be cancelled/
        )
        const order = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(fulfilled.orderId, { select: ["status"] })
        expect(order.status).not.toBe("canceled")
      })

      it("restore the parcel when cancelling fails", async () => {
        const { orderId, parcel } = await receivedParcel()
        const workflow = cancelOrderParcelWorkflow(getContainer())
        workflow.appendAction("throw", cancelOrderParcelStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: { order_id: orderId },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const restored = await pickup().retrieveParcel(parcel.id)
        expect(restored.status).toBe("ready_for_pickup")
        expect(restored.code_hash).toBeTruthy()
      })

      it("follow the order: cancelling it (after its fulfilment) cancels the parcel", async () => {
        const { orderId, parcel } = await fulfilledPickupOrder()
        const container = getContainer()
        await cancelOrderFulfillmentWorkflow(container).run({
          input: { order_id: orderId, fulfillment_id: parcel.fulfillment_id },
        })
        const handled = TestEventUtils.waitSubscribersExecution(
          OrderWorkflowEvents.CANCELED,
          container.resolve(Modules.EVENT_BUS)
        )
        await cancelOrderWorkflow(container).run({
          input: { order_id: orderId },
        })
        await handled
        expect(await pickup().retrieveParcel(parcel.id)).toMatchObject({
          status: "cancelled",
        })
      })
    })

    describe("guest pickup orders", () => {
      const guest = () => ({
        email: `guest-${Date.now()}@example.com`,
        headers: { "x-publishable-api-key": demo.publishableKey },
      })
      // The shopper's own address, not the point's.
      const GUEST_ADDRESS = {
        ...SHIPPING_ADDRESS,
        address_1: "沙坪坝区 小龙坎 正街 9 号",
        phone: "+86 138 0000 5678",
      }
      const lookup = (body: unknown) =>
        api.post("/store/order-lookup", body, {
          headers: { "x-publishable-api-key": demo.publishableKey },
          validateStatus: () => true,
        })

      it("tell the guest the code, and show it to whoever has the order number and phone tail, rate-limited", async () => {
        const buyer = guest()
        const { orderId, parcel } = await fulfilledPickupOrder(
          undefined,
          GUEST_ADDRESS,
          buyer
        )
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["display_id"],
            filters: { id: orderId },
          })
        const displayId = Number(data[0].display_id)

        // Before the parcel arrives: status, no code.
        const early = await lookup({
          display_id: displayId,
          phone_last4: "5678",
        })
        expect(early.status).toBe(200)
        expect(early.data.order).toMatchObject({
          display_id: displayId,
          vendor: { name: "奉节县脐橙专业合作社" },
          items: [{ title: expect.any(String), quantity: 1 }],
          pickup: {
            point: { id: pointA.id },
            parcel: { status: "awaiting_arrival" },
            code: null,
          },
        })

        await asStaff(staffA).post(`/pickup/parcels/${parcel.id}/receive`)
        const notes = await notificationsOf(parcel.id)
        const code = notes[0].data!.code as string
        expect(code).toMatch(/^\d{6}$/)
        expect(
          notes.map((n: any) => [n.channel, n.to, n.data.code]).sort()
        ).toEqual([
          ["email", buyer.email, code],
          ["sms", "+86 138 0000 5678", code],
        ])
        expect(notes[0].data!.message_zh).toContain(`取件码 ${code}`)

        const found = await lookup({
          display_id: displayId,
          phone_last4: "5678",
        })
        expect(found.status).toBe(200)
        expect(found.data.order.pickup).toMatchObject({
          code,
          qr_payload: expect.stringMatching(/^tpk1\./),
          parcel: { status: "ready_for_pickup", compartment: "A-01" },
        })
        // Only what the shopper needs: no email, phone, address or order id.
        const text = JSON.stringify(found.data)
        for (const secret of [buyer.email, "138 0000", "小龙坎", orderId]) {
          expect(text).not.toContain(secret)
        }

        const bad = [
          { display_id: displayId, phone_last4: "5679" },
          { display_id: displayId + 1000, phone_last4: "5678" },
        ]
        for (const body of bad) {
          const res = await lookup(body)
          expect(res.status).toBe(404)
          expect(res.data.message).toMatch(/was placed with a phone ending in/)
        }
        const malformed = await lookup({
          display_id: displayId,
          phone_last4: "56",
        })
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/phone_last4 must be 4 digits/)

        // Ten failures lock the order number, the right tail included.
        for (let i = 0; i < 9; i++) {
          const res = await lookup({
            display_id: displayId,
            phone_last4: String(1000 + i),
          })
          expect(res.status).toBe(404)
        }
        const locked = await lookup({
          display_id: displayId,
          phone_last4: "5678",
        })
        expect(locked.status).toBe(429)
        expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("move into the account once its owner verifies the email, and a verified phone's too", async () => {
        const buyer = guest()
        const { orderId } = await fulfilledPickupOrder(
          undefined,
          GUEST_ADDRESS,
          buyer
        )
        const other = await fulfilledPickupOrder(
          undefined,
          {
            ...SHIPPING_ADDRESS,
            phone: "139-0000-4321",
          },
          guest()
        )
        const registered = await fulfilledPickupOrder(undefined, GUEST_ADDRESS)

        const shopper = await registerCustomer(
          api,
          demo.publishableKey,
          undefined,
          { email: buyer.email }
        )
        const listed = async () =>
          (
            await api.get("/store/orders?fields=id", {
              headers: shopper.headers,
            })
          ).data.orders.map((o: any) => o.id)
        expect(await listed()).toEqual([])

        // A customer cannot write a verification of their own choosing.
        const forged = await api
          .post(
            "/store/customers/me",
            {
              metadata: {
                email_verification: {
                  token_hash: "0".repeat(64),
                  email: buyer.email,
                  sent_at: new Date().toISOString(),
                  expires_at: new Date(Date.now() + HOUR).toISOString(),
                },
              },
            },
            { headers: shopper.headers }
          )
          .catch((e) => e.response)
        expect(forged.status).toBe(400)
        expect(forged.data.message).toBe(
          "metadata.email_verification is set by email verification and cannot be written."
        )

        const asked = await api.post(
          "/store/customers/me/email-verification",
          {},
          { headers: shopper.headers }
        )
        expect(asked.status).toBe(201)
        const customers = getContainer().resolve(Modules.CUSTOMER)
        const [me] = await customers.listCustomers({
          email: buyer.email,
          has_account: true,
        })
        const [mail] = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({
            resource_id: me.id,
            template: "customer-email-verification",
          })
        expect(mail.to).toBe(buyer.email)
        const verifyUrl = String(mail.data!.verify_url)
        const token = new URL(verifyUrl).searchParams.get("token")!
        expect(verifyUrl).toContain("/account/verify-email?token=")
        expect(JSON.stringify(me.metadata)).not.toContain(token)

        const again = await api
          .post(
            "/store/customers/me/email-verification",
            {},
            { headers: shopper.headers }
          )
          .catch((e) => e.response)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/less than 60 seconds ago/)

        const wrong = await api
          .post(
            "/store/customers/me/email-verification/confirm",
            { token: token.replace(/^./, token[0] === "A" ? "B" : "A") },
            { headers: shopper.headers }
          )
          .catch((e) => e.response)
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/not the one last sent/)
        expect(await listed()).toEqual([])

        const confirmed = await api.post(
          "/store/customers/me/email-verification/confirm",
          { token },
          { headers: shopper.headers }
        )
        expect(confirmed.data.email_verification).toEqual({
          email: buyer.email,
          verified: true,
          attached_order_ids: [orderId],
        })
        expect(await listed()).toEqual([orderId])
        // The order is the account's now: its id alone no longer shows it.
        const byId = await api
          .get(`/store/orders/${orderId}`, {
            headers: { "x-publishable-api-key": demo.publishableKey },
          })
          .catch((e) => e.response)
        expect(byId.status).toBe(404)

        const twice = await api
          .post(
            "/store/customers/me/email-verification/confirm",
            { token },
            { headers: shopper.headers }
          )
          .catch((e) => e.response)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/no email verification pending/)

        // A phone verified by SMS sign-in (customer.phone_verified) attaches
        // that phone's guest orders, in any of its written forms, never
        // another account's.
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const attached = TestEventUtils.waitSubscribersExecution(
          CUSTOMER_PHONE_VERIFIED,
          eventBus
        )
        await eventBus.emit({
          name: CUSTOMER_PHONE_VERIFIED,
          data: { customer_id: me.id, phone: "+8613900004321" },
        })
        await attached
        expect((await listed()).sort()).toEqual([orderId, other.orderId].sort())
        const byPhone = await attachGuestOrdersWorkflow(getContainer()).run({
          input: { customer_id: me.id, phone: "13800005678" },
        })
        expect(byPhone.result.order_ids).toEqual([])
        const kept = await getContainer()
          .resolve(Modules.ORDER)
          .retrieveOrder(registered.orderId, { select: ["customer_id"] })
        expect(kept.customer_id).not.toBe(me.id)
      })

      it("stay with the guest when attaching fails", async () => {
        const buyer = guest()
        const { orderId } = await fulfilledPickupOrder(
          undefined,
          GUEST_ADDRESS,
          buyer
        )
        const shopper = await registerCustomer(
          api,
          demo.publishableKey,
          undefined,
          { email: buyer.email }
        )
        const orders = getContainer().resolve(Modules.ORDER)
        const before = await orders.retrieveOrder(orderId, {
          select: ["customer_id"],
        })
        const [me] = await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomers({ email: buyer.email, has_account: true })
        const workflow = attachGuestOrdersWorkflow(getContainer())
        workflow.appendAction("throw", attachOrdersToCustomerStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: { customer_id: me.id, email: buyer.email },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const after = await orders.retrieveOrder(orderId, {
          select: ["customer_id"],
        })
        expect(after.customer_id).toBe(before.customer_id)
        expect(shopper.email).toBe(buyer.email)

        // Asking for and confirming the email put the metadata back too.
        const customers = getContainer().resolve(Modules.CUSTOMER)
        const metadataOf = async () =>
          (await customers.retrieveCustomer(me.id)).metadata ?? {}
        const asking = requestEmailVerificationWorkflow(getContainer())
        asking.appendAction("throw", issueEmailVerificationStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const asked = await asking.run({
          input: { customer_id: me.id },
          throwOnError: false,
        })
        expect(asked.errors).toHaveLength(1)
        expect(await metadataOf()).toEqual({})

        await requestEmailVerificationWorkflow(getContainer()).run({
          input: { customer_id: me.id },
        })
        const pending = await metadataOf()
        const [mail] = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({
            resource_id: me.id,
            template: "customer-email-verification",
          })
        const token = new URL(String(mail.data!.verify_url)).searchParams.get(
          "token"
        )!
        const verifying = verifyCustomerEmailWorkflow(getContainer())
        verifying.appendAction("throw", updateCustomerMetadataStepId, {
          invoke: () => {
            throw new Error("boom")
          },
        })
        const verified = await verifying.run({
          input: { customer_id: me.id, token },
          throwOnError: false,
        })
        expect(verified.errors).toHaveLength(1)
        expect(await metadataOf()).toEqual(pending)
      })
    })

    it("derives the same code the customer sees", async () => {
      const { orderId, parcel, shopper } = await receivedParcel()
      const stored = await pickup().retrieveParcel(parcel.id)
      const { code } = await customerCode(orderId, shopper.headers)
      expect(
        derivePickupCode(pickupCodeSecret(), parcel.id, stored.code_nonce)
      ).toBe(code)
    })
  },
})
