import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  clockLabel,
  deadlineState,
  returnAt,
  shanghaiClock,
  shanghaiDayOffset,
  spanOf,
} from "../time"

// 2026-11-24 01:30 in Shanghai is still the 23rd in UTC.
const now = new Date("2026-11-23T17:30:00Z")

describe("Shanghai days and clocks", () => {
  it("counts days in Asia/Shanghai, not in the server's zone", () => {
    assert.equal(shanghaiDayOffset("2026-11-23T17:00:00Z", now), 0)
    assert.equal(shanghaiDayOffset("2026-11-24T16:30:00Z", now), 1)
    assert.equal(shanghaiDayOffset("2026-11-23T15:59:00Z", now), -1)
    assert.equal(shanghaiDayOffset("2026-11-26T02:00:00Z", now), 2)
  })

  it("says today / tomorrow / yesterday with a 24-hour Shanghai time, else the date", () => {
    assert.deepEqual(clockLabel("2026-11-24T10:00:00Z", now, "zh-CN"), {
      day: "today",
      time: "18:00",
    })
    assert.deepEqual(clockLabel("2026-11-25T01:05:00Z", now, "en"), {
      day: "tomorrow",
      time: "09:05",
    })
    assert.equal(
      clockLabel("2026-11-23T10:00:00Z", now, "zh-CN").day,
      "yesterday"
    )
    assert.deepEqual(clockLabel("2026-12-03T10:00:00Z", now, "zh-CN"), {
      day: "date",
      date: "12月3日",
      time: "18:00",
    })
    assert.equal(shanghaiClock("2026-11-23T16:00:00Z", "en"), "00:00")
  })
})

describe("deadlines", () => {
  it("is ok with more than 6 hours left, soon within 6, overdue after", () => {
    assert.deepEqual(deadlineState("2026-11-25T17:30:00Z", now), {
      state: "ok",
      span: { days: 2, hours: 0, minutes: 0 },
    })
    assert.deepEqual(deadlineState("2026-11-23T21:15:00Z", now), {
      state: "soon",
      span: { days: 0, hours: 3, minutes: 45 },
    })
    assert.deepEqual(deadlineState("2026-11-23T15:20:00Z", now), {
      state: "overdue",
      span: { days: 0, hours: 2, minutes: 10 },
    })
  })

  it("rounds spans up to the minute", () => {
    assert.deepEqual(spanOf(61_000), { days: 0, hours: 0, minutes: 2 })
    assert.deepEqual(spanOf(-90 * 60_000), { days: 0, hours: 1, minutes: 30 })
  })

  it("returns an overdue parcel to the co-op after the point's grace hours", () => {
    assert.equal(
      returnAt("2026-11-24T10:00:00Z", 24).toISOString(),
      "2026-11-25T10:00:00.000Z"
    )
    assert.equal(
      returnAt("2026-11-24T10:00:00Z", 6).toISOString(),
      "2026-11-24T16:00:00.000Z"
    )
    assert.equal(
      returnAt("2026-11-24T10:00:00Z", null).toISOString(),
      "2026-11-25T10:00:00.000Z"
    )
  })
})
