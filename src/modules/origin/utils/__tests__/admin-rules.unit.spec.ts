import { overlappingAuthorization } from "../authorization"
import { windowProblem } from "../certification"
import { regionCodeProblem, regionParentProblem } from "../regions"

describe("regionCodeProblem", () => {
  it("accepts Chongqing and its county-level divisions", () => {
    expect(regionCodeProblem("500000", "province")).toBeNull()
    expect(regionCodeProblem("500236", "county")).toBeNull()
    expect(regionCodeProblem("500101", "county")).toBeNull()
    expect(regionCodeProblem("510100", "prefecture")).toBeNull()
  })

  it("refuses codes that are not six digits, naming the field", () => {
    for (const code of ["50023", "5002366", "50023A", "", "000000"]) {
      expect(regionCodeProblem(code, "county")).toMatch(
        /^code must be a 6-digit GB\/T 2260 code/
      )
    }
  })

  it("refuses a code whose shape does not match the level", () => {
    expect(regionCodeProblem("500236", "province")).toBe(
      'code "500236" is a county-level GB/T 2260 code, not province.'
    )
    expect(regionCodeProblem("500000", "county")).toMatch(/province-level/)
    expect(regionCodeProblem("510100", "county")).toMatch(/prefecture-level/)
  })
})

describe("regionParentProblem", () => {
  it("accepts no parent and a parent in the same province", () => {
    expect(regionParentProblem("500000", null)).toBeNull()
    expect(regionParentProblem("500236", "500000")).toBeNull()
  })

  it("refuses the region itself and a parent in another province", () => {
    expect(regionParentProblem("500236", "500236")).toMatch(/^parent_code/)
    expect(regionParentProblem("500236", "510000")).toMatch(
      /^parent_code "510000" is in another province/
    )
  })
})

describe("windowProblem", () => {
  it("accepts a window that starts before it ends", () => {
    expect(windowProblem("2026-01-01", "2026-12-31")).toBeNull()
  })

  it("refuses an empty or inverted window, naming both fields", () => {
    expect(windowProblem("2026-01-01", "2026-01-01")).toMatch(
      /^valid_from \(2026-01-01T00:00:00.000Z\) must be before valid_to/
    )
    expect(windowProblem("2027-01-01", "2026-01-01")).toMatch(/^valid_from/)
  })

  it("refuses dates that do not parse", () => {
    expect(windowProblem("soon", "2026-01-01")).toBe(
      "valid_from must be a date."
    )
    expect(windowProblem("2026-01-01", "later")).toBe(
      "valid_to must be a date."
    )
  })
})

describe("overlappingAuthorization", () => {
  const existing = [
    {
      id: "bauth_1",
      vendor_id: "ven_1",
      brand_id: "brnd_1",
      valid_from: "2026-01-01T00:00:00Z",
      valid_to: "2026-12-31T00:00:00Z",
    },
  ]

  it("finds an overlapping window for the same co-op and brand", () => {
    expect(
      overlappingAuthorization(existing, {
        vendor_id: "ven_1",
        brand_id: "brnd_1",
        valid_from: "2026-06-01",
        valid_to: "2027-06-01",
      })?.id
    ).toBe("bauth_1")
  })

  it("counts a shared end point as an overlap", () => {
    expect(
      overlappingAuthorization(existing, {
        vendor_id: "ven_1",
        brand_id: "brnd_1",
        valid_from: "2026-12-31T00:00:00Z",
        valid_to: "2027-12-31T00:00:00Z",
      })
    ).not.toBeNull()
  })

  it("ignores other co-ops, other brands, later windows and the candidate itself", () => {
    const later = {
      vendor_id: "ven_1",
      brand_id: "brnd_1",
      valid_from: "2027-01-01",
      valid_to: "2027-12-31",
    }
    expect(overlappingAuthorization(existing, later)).toBeNull()
    expect(
      overlappingAuthorization(existing, {
        ...existing[0],
        vendor_id: "ven_2",
      })
    ).toBeNull()
    expect(
      overlappingAuthorization(existing, { ...existing[0], brand_id: "brnd_2" })
    ).toBeNull()
    expect(overlappingAuthorization(existing, existing[0])).toBeNull()
  })
})
