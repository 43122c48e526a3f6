import { isWithin, type RegionNode } from "../regions"

const regions: RegionNode[] = [
  { code: "500000", parent_code: null },
  { code: "500236", parent_code: "500000" },
  { code: "500116", parent_code: "500000" },
  { code: "510000", parent_code: null },
]

describe("isWithin", () => {
  it("finds 奉节县 within 重庆市", () => {
    expect(isWithin("500236", "500000", regions)).toBe(true)
  })

  it("counts a region as within itself", () => {
    expect(isWithin("500000", "500000", regions)).toBe(true)
  })

  it("does not put a parent inside its child, nor a sibling inside a sibling", () => {
    expect(isWithin("500000", "500236", regions)).toBe(false)
    expect(isWithin("500116", "500236", regions)).toBe(false)
  })

  it("does not put a Chongqing county inside Sichuan", () => {
    expect(isWithin("500236", "510000", regions)).toBe(false)
  })

  it("puts an unknown code inside nothing", () => {
    expect(isWithin("999999", "500000", regions)).toBe(false)
  })

  it("walks more than one level and accepts a map", () => {
    const deep = new Map<string, RegionNode>(
      [
        { code: "A", parent_code: null },
        { code: "B", parent_code: "A" },
        { code: "C", parent_code: "B" },
      ].map((r) => [r.code, r])
    )
    expect(isWithin("C", "A", deep)).toBe(true)
  })

  it("stops on a cycle in the data", () => {
    const cyclic = [
      { code: "X", parent_code: "Y" },
      { code: "Y", parent_code: "X" },
    ]
    expect(isWithin("X", "Z", cyclic)).toBe(false)
  })
})
