import { coopRegionProblem, findRegion } from "../regions"

describe("coopRegionProblem", () => {
  it("takes Chongqing's districts and counties", () => {
    expect(coopRegionProblem("500236")).toBeNull()
    expect(coopRegionProblem("500101")).toBeNull()
    expect(coopRegionProblem("500243")).toBeNull()
  })

  it("refuses a code that is not in GB/T 2260", () => {
    expect(coopRegionProblem("999999")).toBe("unknown")
    expect(coopRegionProblem("500299")).toBe("unknown")
    expect(coopRegionProblem("")).toBe("unknown")
  })

  it("refuses a real code outside Chongqing's districts and counties", () => {
    expect(findRegion("510000")).toBeDefined()
    expect(coopRegionProblem("510000")).toBe("outside_chongqing")
    expect(coopRegionProblem("500000")).toBe("outside_chongqing")
  })
})
