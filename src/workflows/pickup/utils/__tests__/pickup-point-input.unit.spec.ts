import {
  diffZones,
  districtCodeProblem,
  openingHoursProblem,
  zonesProblem,
} from "../pickup-point-input"

describe("districtCodeProblem", () => {
  it("accepts Chongqing districts and counties", () => {
    expect(districtCodeProblem("500103")).toBeNull()
    expect(districtCodeProblem("500236")).toBeNull()
    expect(districtCodeProblem(undefined)).toBeNull()
  })

  it("rejects unknown codes and province-level codes", () => {
    expect(districtCodeProblem("999999")).toMatch(/^district_code "999999"/)
    expect(districtCodeProblem("500000")).toMatch(/province/)
  })
})

describe("openingHoursProblem", () => {
  const day = { days: [1, 2, 3], open: "08:00", close: "21:00" }

  it("accepts ordinary periods", () => {
    expect(openingHoursProblem([day, { ...day, days: [6, 7] }])).toBeNull()
    expect(openingHoursProblem([])).toBeNull()
  })

  it("names the period and the rule", () => {
    expect(openingHoursProblem([{ ...day, days: [0] }])).toMatch(
      /^opening_hours\[0\]\.days must be weekdays/
    )
    expect(openingHoursProblem([day, { ...day, days: [] }])).toMatch(
      /^opening_hours\[1\]\.days/
    )
    expect(openingHoursProblem([{ ...day, days: [1, 1] }])).toMatch(/repeat/)
    expect(openingHoursProblem([{ ...day, open: "8:00" }])).toMatch(
      /times like/
    )
    expect(openingHoursProblem([{ ...day, close: "24:00" }])).toMatch(
      /times like/
    )
    expect(
      openingHoursProblem([{ ...day, open: "22:00", close: "02:00" }])
    ).toMatch(/close after it opens/)
  })
})

describe("zonesProblem", () => {
  it("refuses a zone listed twice", () => {
    expect(
      zonesProblem([
        { zone: "ambient", compartments: 1 },
        { zone: "ambient", compartments: 2 },
      ])
    ).toMatch(/"ambient" more than once/)
    expect(zonesProblem([{ zone: "frozen", compartments: 1 }])).toBeNull()
    expect(zonesProblem(undefined)).toBeNull()
  })
})

describe("diffZones", () => {
  it("creates new zones, updates changed counts and removes missing ones", () => {
    const current = [
      { id: "pkzn_a", zone: "ambient" as const, compartments: 10 },
      { id: "pkzn_c", zone: "chilled" as const, compartments: 4 },
      { id: "pkzn_f", zone: "frozen" as const, compartments: 2 },
    ]
    expect(
      diffZones(current, [
        { zone: "ambient", compartments: 10 },
        { zone: "chilled", compartments: 6 },
      ])
    ).toEqual({
      create: [],
      update: [{ id: "pkzn_c", zone: "chilled", compartments: 6 }],
      remove: [current[2]],
    })
    expect(diffZones([], [{ zone: "frozen", compartments: 1 }])).toEqual({
      create: [{ zone: "frozen", compartments: 1 }],
      update: [],
      remove: [],
    })
  })
})
