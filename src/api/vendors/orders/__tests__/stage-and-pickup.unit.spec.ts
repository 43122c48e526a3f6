import { vendorPickupView } from "../pickup-view"
import { vendorOrderStage } from "../stage"

const item = (quantity: number, fulfilled: number) => ({
  detail: { quantity, fulfilled_quantity: fulfilled },
})
const at = "2026-11-24T10:00:00.000Z"

describe("vendorOrderStage", () => {
  it("says canceled first, whatever was fulfilled", () => {
    expect(
      vendorOrderStage({
        status: "canceled",
        items: [item(1, 1)],
        fulfillments: [{ shipped_at: at }],
      })
    ).toBe("canceled")
  })

  it("says to_fulfil while any quantity is unpacked, even with a shipped parcel", () => {
    expect(vendorOrderStage({ status: "pending", items: [item(2, 0)] })).toBe(
      "to_fulfil"
    )
    expect(
      vendorOrderStage({
        status: "pending",
        items: [item(2, 1), item(1, 1)],
        fulfillments: [{ shipped_at: at }],
      })
    ).toBe("to_fulfil")
  })

  it("says to_fulfil again when the only fulfilment was canceled", () => {
    expect(
      vendorOrderStage({
        status: "pending",
        items: [{ quantity: 1, detail: { fulfilled_quantity: 1 } }],
        fulfillments: [{ canceled_at: at }],
      })
    ).toBe("to_fulfil")
  })

  it("walks fulfilled → shipped → delivered over the live fulfilments", () => {
    const items = [item(3, 3)]
    expect(
      vendorOrderStage({ status: "pending", items, fulfillments: [{}] })
    ).toBe("fulfilled")
    expect(
      vendorOrderStage({
        status: "pending",
        items,
        fulfillments: [{ shipped_at: at }, {}],
      })
    ).toBe("fulfilled")
    expect(
      vendorOrderStage({
        status: "pending",
        items,
        fulfillments: [
          { shipped_at: at },
          { delivered_at: at },
          { canceled_at: at },
        ],
      })
    ).toBe("shipped")
    expect(
      vendorOrderStage({
        status: "completed",
        items,
        fulfillments: [
          { delivered_at: at },
          { shipped_at: at, delivered_at: at },
        ],
      })
    ).toBe("delivered")
  })

  it("reads quantities Medusa may send as strings", () => {
    expect(
      vendorOrderStage({
        status: "pending",
        items: [{ detail: { quantity: "2", fulfilled_quantity: "2" } }],
        fulfillments: [{ delivered_at: at }],
      })
    ).toBe("delivered")
  })
})

describe("vendorPickupView", () => {
  const point = {
    id: "pkpt_1",
    handle: "jiefangbei",
    name_zh: "解放碑八一路社区便利店",
    name_en: "Jiefangbei Bayi Rd store",
    type: "community_store",
    address_zh: "渝中区 八一路 1 号",
    opening_hours: [{ days: [1], open: "08:00", close: "21:00" }],
    contact_phone: "023-6380-0000",
    contact_name: "张姐",
    status: "active",
    overdue_grace_hours: 24,
    lat: 29.55,
  }
  const parcel = {
    id: "pcl_1",
    order_id: "order_1",
    point_id: "pkpt_1",
    zone: "ambient",
    status: "overdue",
    compartment: "A-03",
    code_hash: "deadbeef",
    code_nonce: "n0nce",
    failed_attempts: 2,
    locked_until: null,
    eta: at,
    ready_at: at,
    deadline_at: "2026-11-26T10:00:00.000Z",
    picked_up_at: null,
    overdue_at: "2026-11-26T10:05:00.000Z",
    returned_at: null,
    created_at: "2026-11-24T02:00:00.000Z",
  }

  it("shows the point, the parcel's status and times, and when it comes back", () => {
    const view = vendorPickupView(
      { point_id: "pkpt_1", zone: "ambient" },
      "2026-11-24",
      point,
      parcel
    )
    expect(view).toEqual({
      point: {
        id: "pkpt_1",
        handle: "jiefangbei",
        name_zh: "解放碑八一路社区便利店",
        name_en: "Jiefangbei Bayi Rd store",
        type: "community_store",
        address_zh: "渝中区 八一路 1 号",
        address_en: null,
        opening_hours: point.opening_hours,
        contact_phone: "023-6380-0000",
        status: "active",
      },
      zone: "ambient",
      arrival_date: "2026-11-24",
      parcel: {
        id: "pcl_1",
        status: "overdue",
        zone: "ambient",
        sent_at: "2026-11-24T02:00:00.000Z",
        eta: at,
        ready_at: at,
        deadline_at: "2026-11-26T10:00:00.000Z",
        picked_up_at: null,
        overdue_at: "2026-11-26T10:05:00.000Z",
        returns_at: "2026-11-27T10:00:00.000Z",
        returned_at: null,
      },
    })
  })

  it("never carries the code's hash or nonce, the compartment or the attempts", () => {
    const text = JSON.stringify(
      vendorPickupView({ point_id: "pkpt_1", zone: "ambient" }, null, point, {
        ...parcel,
        status: "ready_for_pickup",
        code: "123456",
        qr_payload: "tpk1.x",
      })
    )
    expect(text).not.toMatch(
      /code_hash|code_nonce|deadbeef|n0nce|"code"|qr_payload|compartment|A-03|failed_attempts|contact_name/
    )
    expect(JSON.parse(text).parcel.returns_at).toBeNull()
  })

  it("names only the point's id when the point is gone, and no parcel before fulfilment", () => {
    expect(
      vendorPickupView(
        { point_id: "pkpt_9", zone: "chilled" },
        null,
        undefined,
        undefined
      )
    ).toEqual({
      point: { id: "pkpt_9" },
      zone: "chilled",
      arrival_date: null,
      parcel: null,
    })
  })
})
