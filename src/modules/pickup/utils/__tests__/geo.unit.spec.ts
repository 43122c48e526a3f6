import {
  haversineMeters,
  isCalendarDate,
  MEAN_EARTH_RADIUS_M,
  shanghaiDate,
} from "../geo"

describe("haversineMeters", () => {
  it("is zero for the same point and symmetric", () => {
    const a = { lat: 29.5575, lng: 106.5772 }
    const b = { lat: 29.5754, lng: 106.5363 }
    expect(haversineMeters(a, a)).toBe(0)
    expect(haversineMeters(a, b)).toBeCloseTo(haversineMeters(b, a), 6)
  })

  it("gives one degree of arc along the equator and a meridian", () => {
    const oneDegree = (2 * Math.PI * MEAN_EARTH_RADIUS_M) / 360
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(
      oneDegree,
      3
    )
    expect(
      haversineMeters({ lat: 29, lng: 106 }, { lat: 30, lng: 106 })
    ).toBeCloseTo(oneDegree, 3)
  })

  it("gives half the circumference for antipodes", () => {
    expect(
      haversineMeters({ lat: 29.5, lng: 106.5 }, { lat: -29.5, lng: -73.5 })
    ).toBeCloseTo(Math.PI * MEAN_EARTH_RADIUS_M, 0)
  })

  it("matches a published city distance (Paris–London ≈ 343.5 km)", () => {
    const d = haversineMeters(
      { lat: 48.8566, lng: 2.3522 },
      { lat: 51.5074, lng: -0.1278 }
    )
    expect(Math.abs(d - 343_500)).toBeLessThan(1_000)
  })

  it("shrinks east-west distances with latitude", () => {
    const atEquator = haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })
    const atChongqing = haversineMeters(
      { lat: 29.56, lng: 106 },
      { lat: 29.56, lng: 107 }
    )
    expect(atChongqing / atEquator).toBeCloseTo(
      Math.cos((29.56 * Math.PI) / 180),
      3
    )
  })

  it("scales with the radius it is given", () => {
    const a = { lat: 29.5, lng: 106.5 }
    const b = { lat: 29.6, lng: 106.6 }
    expect(haversineMeters(a, b, 2 * MEAN_EARTH_RADIUS_M)).toBeCloseTo(
      2 * haversineMeters(a, b),
      6
    )
  })
})

describe("isCalendarDate", () => {
  it("accepts real days and rejects impossible or malformed ones", () => {
    expect(isCalendarDate("2026-11-24")).toBe(true)
    expect(isCalendarDate("2028-02-29")).toBe(true)
    expect(isCalendarDate("2026-02-29")).toBe(false)
    expect(isCalendarDate("2026-13-01")).toBe(false)
    expect(isCalendarDate("2026-1-01")).toBe(false)
    expect(isCalendarDate("tomorrow")).toBe(false)
  })
})

describe("shanghaiDate", () => {
  it("uses the UTC+8 calendar day", () => {
    expect(shanghaiDate(new Date("2026-11-23T15:59:59Z"))).toBe("2026-11-23")
    expect(shanghaiDate(new Date("2026-11-23T16:00:00Z"))).toBe("2026-11-24")
    expect(shanghaiDate(new Date("2026-11-23T16:00:00Z"), 1)).toBe("2026-11-25")
  })
})
