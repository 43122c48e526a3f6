import { defaultParcelEta, pickupOfOrder } from "../parcel-order"
import { parcelNotifications } from "../parcel-notifications"

describe("pickupOfOrder", () => {
  const byPickup = [{ shipping_option: { provider_id: "pickup_pickup" } }]
  const byManual = [{ shipping_option: { provider_id: "manual_manual" } }]

  it("reads the point and zone checkout recorded, for an order shipped by a pickup option", () => {
    expect(
      pickupOfOrder({
        metadata: { pickup: { point_id: "pkpt_1", zone: "chilled" } },
        shipping_methods: [null, ...byPickup],
      })
    ).toEqual({ point_id: "pkpt_1", zone: "chilled" })
    expect(
      pickupOfOrder({
        metadata: { pickup: { point_id: "pkpt_4", zone: "hot" } },
        shipping_methods: byPickup,
      })
    ).toEqual({ point_id: "pkpt_4", zone: "ambient" })
  })

  it("never reads a shipping method's data, and ignores a pickup record on an order shipped by another option", () => {
    expect(
      pickupOfOrder({
        shipping_methods: [
          {
            data: { pickup_point_id: "pkpt_3", zone: "frozen" },
            shipping_option: { provider_id: "pickup_pickup" },
          } as any,
        ],
      })
    ).toBeNull()
    expect(
      pickupOfOrder({
        metadata: { pickup: { point_id: "pkpt_2", zone: "ambient" } },
        shipping_methods: byManual,
      })
    ).toBeNull()
  })

  it("is null for orders shipped to an address", () => {
    expect(pickupOfOrder({ shipping_methods: byManual })).toBeNull()
    expect(pickupOfOrder({ metadata: null, shipping_methods: null })).toBeNull()
  })
})

describe("defaultParcelEta", () => {
  const now = new Date("2026-11-23T08:00:00Z")

  it("is 18:00 Beijing time on the reserved arrival day", () => {
    expect(defaultParcelEta(now, "2026-11-24").toISOString()).toBe(
      "2026-11-24T10:00:00.000Z"
    )
  })

  it("is a day from now without a reservation", () => {
    expect(defaultParcelEta(now, null).toISOString()).toBe(
      "2026-11-24T08:00:00.000Z"
    )
    expect(defaultParcelEta(now, "soon").toISOString()).toBe(
      "2026-11-24T08:00:00.000Z"
    )
  })
})

describe("parcelNotifications", () => {
  const parcel = {
    id: "pcl_1",
    order_id: "order_1",
    compartment: "C-02",
    deadline_at: new Date("2026-11-25T08:00:00Z"),
    point: {
      id: "pkpt_1",
      name_zh: "解放碑 民族路 便利店",
      name_en: "Jiefangbei Minzu Rd store",
      address_zh: "渝中区 民族路 1 号",
    },
  }
  const order = {
    id: "order_1",
    email: "a@example.com",
    display_id: 31,
    shipping_address: { phone: "+86 138 0000 5678" },
  }

  it("emails and texts the ready notice with the pickup code, once per parcel, notice and channel", () => {
    const [email, sms] = parcelNotifications("ready", parcel, order, "042917")
    expect(email).toMatchObject({
      to: "a@example.com",
      channel: "email",
      template: "pickup-parcel-ready",
      idempotency_key: "pickup-parcel:pcl_1:ready",
      data: {
        code: "042917",
        order_display_id: 31,
        compartment: "C-02",
        deadline_at: "2026-11-25T08:00:00.000Z",
      },
    })
    expect(email.data.message_zh).toContain("解放碑")
    expect(email.data.message_zh).toContain("取件码 042917")
    expect(email.data.message_en).toContain("Pickup code 042917")
    expect(sms).toMatchObject({
      to: "+86 138 0000 5678",
      channel: "sms",
      idempotency_key: "pickup-parcel:pcl_1:ready:sms",
      data: { code: "042917" },
    })
  })

  it("never puts a code in the overdue and returned notices", () => {
    for (const notice of ["overdue", "returned"] as const) {
      const sent = parcelNotifications(notice, parcel, order, "042917")
      expect(sent).toHaveLength(2)
      expect(JSON.stringify(sent)).not.toContain("042917")
    }
  })

  it("sends only on the channels the order has an address for", () => {
    expect(parcelNotifications("overdue", parcel, { id: "order_1" })).toEqual(
      []
    )
    expect(
      parcelNotifications("ready", parcel, {
        id: "order_1",
        email: "a@example.com",
      }).map((n) => n.channel)
    ).toEqual(["email"])
  })
})
