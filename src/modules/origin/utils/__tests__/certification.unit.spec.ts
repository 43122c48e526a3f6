import { activeAuthorization } from "../authorization"
import {
  certificationNumberProblem,
  expiresWithin,
  giNumberProblem,
  isCertificationValid,
  isGiNumber,
} from "../certification"

describe("isGiNumber / giNumberProblem", () => {
  it("accepts AGI and five digits", () => {
    expect(isGiNumber("AGI00053")).toBe(true)
    expect(giNumberProblem("AGI01459")).toBeNull()
  })

  it("accepts a missing number", () => {
    expect(giNumberProblem(null)).toBeNull()
    expect(giNumberProblem(undefined)).toBeNull()
  })

  it.each(["AGI0053", "AGI000531", "agi00053", "AGI2014-02-1497", ""])(
    "rejects %p, naming the field and the rule",
    (value) => {
      expect(isGiNumber(value)).toBe(false)
      expect(giNumberProblem(value)).toMatch(
        /^gi_number must be "AGI" followed by 5 digits/
      )
    }
  )
})

describe("certificationNumberProblem", () => {
  it("accepts a 17-digit organic code and rejects other lengths or letters", () => {
    expect(certificationNumberProblem("organic", "12419A12345678901")).toMatch(
      /^number must be a 17-digit organic code/
    )
    expect(
      certificationNumberProblem("organic", "12419123456789012")
    ).toBeNull()
    expect(certificationNumberProblem("organic", "1241912345678901")).toMatch(
      /17-digit/
    )
  })

  it("checks geographical indications as AGI + 5 digits", () => {
    expect(
      certificationNumberProblem("geographical_indication", "AGI00053")
    ).toBeNull()
    expect(
      certificationNumberProblem("geographical_indication", "AGI-00053")
    ).toMatch(/^number must be "AGI" followed by 5 digits/)
  })

  it.each([
    "LB-15-19012700330A",
    "LB-15-1901270033AA",
    "LB-15-19012700330AA",
    "LB-15-190127003301",
    "GF500236190001",
  ])("accepts the green food code %p", (value) => {
    expect(certificationNumberProblem("green_food", value)).toBeNull()
  })

  it.each([
    "LB-15-19132700330A",
    "LB-15-19012700330B",
    "LB-15-190127A",
    "LB15-19012700330A",
    "GF50023619001",
    "GF5002361900012",
  ])("rejects the green food code %p", (value) => {
    expect(certificationNumberProblem("green_food", value)).toMatch(
      /^number must be a green food product code/
    )
  })

  it("accepts any non-empty compliance certificate number", () => {
    expect(
      certificationNumberProblem("compliance_certificate", "合格证-2026-001")
    ).toBeNull()
  })

  it("rejects an empty number for every type", () => {
    for (const type of [
      "organic",
      "green_food",
      "geographical_indication",
      "compliance_certificate",
    ] as const) {
      expect(certificationNumberProblem(type, "  ")).toBe(
        "number must not be empty."
      )
    }
  })

  it("names the field when the type is unknown", () => {
    expect(certificationNumberProblem("halal" as never, "X1")).toMatch(
      /^type must be one of green_food, organic/
    )
  })
})

const cert = {
  valid_from: new Date("2026-01-01T00:00:00Z"),
  valid_to: new Date("2026-12-31T23:59:59Z"),
}

describe("isCertificationValid", () => {
  it("is valid from the first to the last moment, inclusive", () => {
    expect(isCertificationValid(cert, cert.valid_from)).toBe(true)
    expect(isCertificationValid(cert, cert.valid_to)).toBe(true)
    expect(isCertificationValid(cert, new Date("2026-06-01"))).toBe(true)
  })

  it("is invalid before it starts and after it ends", () => {
    expect(isCertificationValid(cert, new Date("2025-12-31T23:59:59Z"))).toBe(
      false
    )
    expect(isCertificationValid(cert, new Date("2027-01-01T00:00:00Z"))).toBe(
      false
    )
  })

  it("reads ISO strings as stored in JSON", () => {
    expect(
      isCertificationValid(
        {
          valid_from: "2026-01-01T00:00:00Z",
          valid_to: "2026-02-01T00:00:00Z",
        },
        new Date("2026-01-15")
      )
    ).toBe(true)
  })
})

describe("expiresWithin", () => {
  it("is true when a valid certificate lapses within the window", () => {
    expect(expiresWithin(cert, 30, new Date("2026-12-15T00:00:00Z"))).toBe(true)
  })

  it("is false when the certificate lapses after the window", () => {
    expect(expiresWithin(cert, 30, new Date("2026-06-01T00:00:00Z"))).toBe(
      false
    )
  })

  it("is false for a certificate that has already lapsed", () => {
    expect(expiresWithin(cert, 30, new Date("2027-01-05T00:00:00Z"))).toBe(
      false
    )
  })
})

describe("activeAuthorization", () => {
  const auths = [
    {
      id: "a_old",
      vendor_id: "ven_1",
      brand_id: "brnd_1",
      valid_from: new Date("2023-01-01"),
      valid_to: new Date("2025-12-31"),
    },
    {
      id: "a_now",
      vendor_id: "ven_1",
      brand_id: "brnd_1",
      valid_from: new Date("2026-01-01"),
      valid_to: new Date("2028-12-31"),
    },
    {
      id: "a_short",
      vendor_id: "ven_1",
      brand: { id: "brnd_1" },
      valid_from: new Date("2026-01-01"),
      valid_to: new Date("2026-06-30"),
    },
    {
      id: "a_other_vendor",
      vendor_id: "ven_2",
      brand_id: "brnd_1",
      valid_from: new Date("2026-01-01"),
      valid_to: new Date("2028-12-31"),
    },
  ]
  const at = new Date("2026-03-01")

  it("returns the longest-running authorization valid at the time", () => {
    expect(activeAuthorization(auths, "ven_1", "brnd_1", at)?.id).toBe("a_now")
  })

  it("reads the brand from a loaded relation too", () => {
    expect(activeAuthorization([auths[2]], "ven_1", "brnd_1", at)?.id).toBe(
      "a_short"
    )
  })

  it("returns null for another brand, another vendor or a lapsed period", () => {
    expect(activeAuthorization(auths, "ven_1", "brnd_2", at)).toBeNull()
    expect(activeAuthorization(auths, "ven_3", "brnd_1", at)).toBeNull()
    expect(
      activeAuthorization(auths, "ven_1", "brnd_1", new Date("2030-01-01"))
    ).toBeNull()
  })

  it("uses a period that has ended for a date inside it", () => {
    expect(
      activeAuthorization(auths, "ven_1", "brnd_1", new Date("2024-06-01"))?.id
    ).toBe("a_old")
  })
})
