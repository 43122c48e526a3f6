import { hoursAt, shanghaiClock } from "../opening-hours"

const HOURS = [
  { days: [1, 2, 3, 4, 5], open: "17:30", close: "21:00" },
  { days: [1, 2, 3, 4, 5], open: "08:00", close: "12:00" },
  { days: [6, 7], open: "09:00", close: "22:00" },
]

describe("shanghaiClock", () => {
  it("reads the weekday and time in UTC+8", () => {
    // Monday 2026-11-23 15:30 UTC is Monday 23:30 in Chongqing.
    expect(shanghaiClock(new Date("2026-11-23T15:30:00Z"))).toEqual({
      weekday: 1,
      time: "23:30",
    })
    // Sunday 16:05 UTC is already Monday 00:05 in Chongqing.
    expect(shanghaiClock(new Date("2026-11-22T16:05:00Z"))).toEqual({
      weekday: 1,
      time: "00:05",
    })
    expect(shanghaiClock(new Date("2026-11-22T04:00:00Z")).weekday).toBe(7)
  })
})

describe("hoursAt", () => {
  it("lists today's periods in order and says whether the point is open", () => {
    // Monday 10:00 in Chongqing.
    expect(hoursAt(HOURS, new Date("2026-11-23T02:00:00Z"))).toEqual({
      today: [
        { open: "08:00", close: "12:00" },
        { open: "17:30", close: "21:00" },
      ],
      open_now: true,
    })
  })

  it("is closed between periods, at closing time and on days with no period", () => {
    // Monday 12:00 (closing instant) and 13:00.
    expect(hoursAt(HOURS, new Date("2026-11-23T04:00:00Z")).open_now).toBe(
      false
    )
    expect(hoursAt(HOURS, new Date("2026-11-23T05:00:00Z")).open_now).toBe(
      false
    )
    expect(hoursAt([], new Date("2026-11-23T02:00:00Z"))).toEqual({
      today: [],
      open_now: false,
    })
  })

  it("uses the weekend hours on Saturday", () => {
    // Saturday 21:30 in Chongqing.
    expect(hoursAt(HOURS, new Date("2026-11-28T13:30:00Z"))).toEqual({
      today: [{ open: "09:00", close: "22:00" }],
      open_now: true,
    })
  })
})
