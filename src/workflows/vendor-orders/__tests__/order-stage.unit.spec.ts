import {
  PARCEL_EVENTS,
  stageRefreshInput,
  VENDOR_ORDER_STAGE_EVENTS,
} from "../../../subscribers/vendor-order-stage-refresh"
import { vendorOrderStageRows } from "../utils/order-stage"

describe("vendorOrderStageRows", () => {
  const readAt = new Date("2026-12-07T10:00:00.000Z")

  it("gives each co-op order its stage, placed_at and display_id, and skips orders without a co-op", () => {
    const rows = vendorOrderStageRows(
      [
        {
          id: "order_1",
          display_id: 7,
          created_at: "2026-12-01T08:00:00.000Z",
          status: "pending",
          items: [{ detail: { quantity: 2, fulfilled_quantity: 2 } }],
          fulfillments: [{ shipped_at: "2026-12-02T08:00:00.000Z" }],
        },
        {
          id: "order_2",
          created_at: "2026-12-01T09:00:00.000Z",
          status: "canceled",
        },
        { id: "order_3", created_at: "2026-12-01T10:00:00.000Z" },
      ],
      [
        { order_id: "order_1", vendor_id: "ven_a" },
        { order_id: "order_2", vendor_id: "ven_b" },
      ],
      readAt
    )
    expect(rows).toEqual([
      {
        order_id: "order_1",
        vendor_id: "ven_a",
        stage: "shipped",
        placed_at: "2026-12-01T08:00:00.000Z",
        display_id: 7,
        refreshed_at: readAt,
      },
      {
        order_id: "order_2",
        vendor_id: "ven_b",
        stage: "canceled",
        placed_at: "2026-12-01T09:00:00.000Z",
        display_id: null,
        refreshed_at: readAt,
      },
    ])
  })
})

describe("stageRefreshInput", () => {
  it("reads order ids from order events and fulfilment ids from shipment and delivery events", () => {
    expect(stageRefreshInput("order.canceled", { id: "order_1" })).toEqual({
      order_ids: ["order_1"],
    })
    expect(
      stageRefreshInput("order.fulfillment_created", {
        order_id: "order_1",
        fulfillment_id: "ful_1",
      })
    ).toEqual({ order_ids: ["order_1"] })
    expect(
      stageRefreshInput("shipment.created", [{ id: "ful_1" }, { id: "ful_2" }])
    ).toEqual({ fulfillment_ids: ["ful_1", "ful_2"] })
    expect(stageRefreshInput("delivery.created", { id: "ful_3" })).toEqual({
      fulfillment_ids: ["ful_3"],
    })
  })

  it("reads payment ids from capture and refund events, and order ids from parcel events", () => {
    expect(stageRefreshInput("payment.captured", { id: "pay_1" })).toEqual({
      payment_ids: ["pay_1"],
    })
    expect(stageRefreshInput("payment.refunded", { id: "pay_2" })).toEqual({
      payment_ids: ["pay_2"],
    })
    for (const name of PARCEL_EVENTS) {
      expect(
        stageRefreshInput(name, { id: "pcl_1", order_id: "order_1" })
      ).toEqual({ order_ids: ["order_1"] })
      expect(VENDOR_ORDER_STAGE_EVENTS).toContain(name)
    }
    // process-overdue-parcels emits its returned parcels as one array.
    expect(
      stageRefreshInput("parcel.returned", [
        { id: "pcl_1", order_id: "order_1" },
        { id: "pcl_2", order_id: "order_2" },
      ])
    ).toEqual({ order_ids: ["order_1", "order_2"] })
  })

  it("ignores an event without ids", () => {
    expect(stageRefreshInput("order.canceled", {})).toBeNull()
    expect(stageRefreshInput("shipment.created", null)).toBeNull()
  })
})
