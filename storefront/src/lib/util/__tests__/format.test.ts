import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatDate, formatDateTime, formatOpeningHours } from "../dates"
import { formatPrice, formatPriceRange } from "../money"

describe("formatPrice", () => {
  it("shows yuan with two decimals in zh-CN", () => {
    assert.equal(formatPrice(49.9, "zh-CN"), "¥49.90")
  })
  it("marks the currency as Chinese yuan in English", () => {
    assert.equal(formatPrice(1280, "en"), "CN¥1,280.00")
  })
  it("shows a dash for a missing price", () => {
    assert.equal(formatPrice(null, "zh-CN"), "—")
  })
  it("collapses a range whose ends agree", () => {
    assert.equal(formatPriceRange(12, 12, "zh-CN"), "¥12.00")
    assert.equal(formatPriceRange(12, 30, "zh-CN"), "¥12.00 – ¥30.00")
  })
})

describe("formatDate", () => {
  it("writes a Chongqing date in zh-CN whatever the server zone", () => {
    // 20:00 UTC on the 23rd is 04:00 on the 24th in Chongqing.
    assert.equal(formatDate("2026-11-23T20:00:00Z", "zh-CN"), "2026年11月24日")
  })
  it("writes the time on a 24-hour clock", () => {
    assert.equal(
      formatDateTime("2026-11-23T10:00:00Z", "zh-CN"),
      "2026年11月23日 18:00"
    )
  })
  it("groups consecutive opening days", () => {
    assert.deepEqual(
      formatOpeningHours(
        [{ days: [1, 2, 3, 4, 5], open: "08:00", close: "21:00" }],
        "zh-CN"
      ),
      ["周一至周五 08:00–21:00"]
    )
  })
})
