import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  isShanghaiToday,
  lowStock,
  mayHaveMoreToday,
  needsFulfilment,
  shanghaiDay,
  todaySummary,
} from "../dashboard"
import type { ApiVendorOrder, ApiVendorProduct } from "../../../../types/co-op"

const order = (
  id: string,
  created_at: string,
  extra: Partial<ApiVendorOrder> = {}
): ApiVendorOrder => ({
  id,
  display_id: 1,
  status: "pending",
  currency_code: "cny",
  created_at,
  total: 10,
  fulfillment_status: "not_fulfilled",
  ...extra,
})

describe("today in Asia/Shanghai", () => {
  it("puts 16:30 UTC into the next Chongqing day", () => {
    assert.equal(shanghaiDay("2026-12-01T15:59:59Z"), "2026-12-01")
    assert.equal(shanghaiDay("2026-12-01T16:00:00Z"), "2026-12-02")
  })

  it("counts orders of the Chongqing day, whatever zone the server is in", () => {
    // 00:30 on 2 December in Chongqing is still 1 December in UTC.
    const now = new Date("2026-12-01T16:30:00Z")
    assert.equal(isShanghaiToday("2026-12-01T16:05:00Z", now), true)
    assert.equal(
      isShanghaiToday("2026-12-01T15:55:00Z", now),
      false,
      "23:55 the evening before"
    )
    const summary = todaySummary(
      [
        order("a", "2026-12-01T16:10:00Z", { total: 39.9 }),
        order("b", "2026-12-01T16:20:00Z", { total: 69.9 }),
        order("c", "2026-12-01T16:25:00Z", { total: 100, status: "canceled" }),
        order("d", "2026-12-01T12:00:00Z", { total: 500 }),
      ],
      now
    )
    assert.deepEqual(
      summary.orders.map((o) => o.id),
      ["a", "b", "c"]
    )
    assert.equal(summary.count, 3)
    assert.equal(summary.revenue, 109.8, "canceled orders earn nothing")
  })

  it("pages on only while a full page is still all today's", () => {
    const now = new Date("2026-12-01T10:00:00Z")
    const today = [
      order("a", "2026-12-01T09:00:00Z"),
      order("b", "2026-12-01T08:00:00Z"),
    ]
    assert.equal(mayHaveMoreToday(today, 2, now), true)
    assert.equal(
      mayHaveMoreToday(today, 3, now),
      false,
      "a short page is the last"
    )
    assert.equal(
      mayHaveMoreToday([today[0], order("c", "2026-11-30T08:00:00Z")], 2, now),
      false
    )
    assert.equal(mayHaveMoreToday([], 2, now), false)
  })
})

describe("orders to fulfil", () => {
  it("are the open ones not yet (fully) fulfilled", () => {
    assert.equal(needsFulfilment(order("a", "x")), true)
    assert.equal(
      needsFulfilment(
        order("a", "x", { fulfillment_status: "partially_fulfilled" })
      ),
      true
    )
    assert.equal(
      needsFulfilment(order("a", "x", { fulfillment_status: "fulfilled" })),
      false
    )
    assert.equal(
      needsFulfilment(order("a", "x", { fulfillment_status: "shipped" })),
      false
    )
    assert.equal(
      needsFulfilment(order("a", "x", { status: "canceled" })),
      false
    )
  })
})

describe("low stock", () => {
  const LOC = "sloc_1"
  const variant = (
    id: string,
    stocked: number,
    reserved = 0,
    manage = true
  ) => ({
    id,
    title: id,
    sku: id.toUpperCase(),
    manage_inventory: manage,
    inventory: [
      {
        id: `i_${id}`,
        location_levels: [
          {
            location_id: LOC,
            stocked_quantity: stocked,
            reserved_quantity: reserved,
          },
        ],
      },
    ],
  })
  const products: ApiVendorProduct[] = [
    {
      id: "p1",
      title: "奉节脐橙",
      handle: "a",
      status: "published",
      variants: [variant("v1", 50), variant("v2", 12, 4), variant("v3", 0)],
    },
    {
      id: "p2",
      title: "梁平柚",
      handle: "b",
      status: "draft",
      variants: [variant("v4", 10), variant("v5", 3, 0, false)],
    },
    {
      id: "p3",
      title: "驳回",
      handle: "c",
      status: "rejected",
      variants: [variant("v6", 1)],
    },
  ]

  it("lists tracked variants at or below the threshold, emptiest first", () => {
    const items = lowStock(products, LOC, 10)
    assert.deepEqual(
      items.map((i) => [i.variantId, i.available]),
      [
        ["v3", 0],
        ["v2", 8],
        ["v4", 10],
      ]
    )
    assert.equal(items[0].productTitle, "奉节脐橙")
    assert.equal(items[0].sku, "V3")
  })

  it("has nothing to say before the co-op has a stock location", () => {
    assert.deepEqual(lowStock(products, null), [])
  })
})
