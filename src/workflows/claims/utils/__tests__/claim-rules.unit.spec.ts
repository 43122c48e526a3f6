import standard from "../../../../../data/standards/gbt-21488-2008-navel-orange.json"
import {
  brandClaimProblem,
  certificationClaimProblem,
  claimStatus,
  declaredWindowProblem,
  gradeClaimProblems,
  isClaimLive,
  isOwnCertificate,
  statusTransitions,
} from "../claim-rules"
import { expiryNotices, vendorEmail } from "../expiry-notices"

const at = new Date("2026-11-23T00:00:00Z")
const days = (n: number) => new Date(at.getTime() + n * 86400000)

/** A fixture standard with a size band, as local standards add to GB/T 21488. */
const sized = {
  code: "TEST-SIZE-1",
  title_zh: "测试",
  title_en: "Test",
  product_kind: "navel_orange",
  levels: [
    {
      code: "premium",
      name_zh: "特级",
      name_en: "Premium",
      rank: 1,
      tolerance_pct: 5,
      criteria: [{ metric: "fruit_diameter_mm", min: 70, unit: "mm" }],
    },
  ],
}

describe("claimStatus", () => {
  it("is valid beyond 30 days, expiring within them and expired after", () => {
    const w = (end: Date) => ({ valid_from: days(-100), valid_to: end })
    expect(claimStatus(w(days(31)), at)).toBe("valid")
    expect(claimStatus(w(days(30)), at)).toBe("expiring")
    expect(claimStatus(w(at), at)).toBe("expiring")
    expect(claimStatus(w(new Date(at.getTime() - 1)), at)).toBe("expired")
  })
})

describe("statusTransitions", () => {
  it("lists only changed statuses and notifies only on expiring or expired", () => {
    const records = [
      {
        id: "a",
        status: "valid" as const,
        valid_from: days(-10),
        valid_to: days(10),
      },
      {
        id: "b",
        status: "expiring" as const,
        valid_from: days(-10),
        valid_to: days(-1),
      },
      {
        id: "c",
        status: "expired" as const,
        valid_from: days(-10),
        valid_to: days(400),
      },
      {
        id: "d",
        status: "valid" as const,
        valid_from: days(-10),
        valid_to: days(400),
      },
    ]
    expect(statusTransitions(records, at)).toEqual([
      { id: "a", from: "valid", to: "expiring", notify: true },
      { id: "b", from: "expiring", to: "expired", notify: true },
      { id: "c", from: "expired", to: "valid", notify: false },
    ])
    const applied = records.map((r) => ({ ...r, status: claimStatus(r, at) }))
    expect(statusTransitions(applied, at)).toEqual([])
  })
})

describe("isClaimLive", () => {
  it("needs the window to hold and the status not to be expired", () => {
    const w = { valid_from: days(-1), valid_to: days(1) }
    expect(isClaimLive(w, at)).toBe(true)
    expect(isClaimLive({ ...w, status: "expired" }, at)).toBe(false)
    expect(isClaimLive({ valid_from: days(1), valid_to: days(2) }, at)).toBe(
      false
    )
  })
})

describe("brandClaimProblem", () => {
  const brand = {
    id: "brnd_1",
    handle: "fengjie-navel-orange",
    name_zh: "奉节脐橙",
  }
  it("passes with a live authorization of the co-op", () => {
    expect(
      brandClaimProblem(
        brand,
        [{ vendor_id: "ven_1", valid_from: days(-1), valid_to: days(300) }],
        "ven_1",
        at
      )
    ).toBeNull()
  })
  it("names the brand when the co-op has none", () => {
    expect(
      brandClaimProblem(
        brand,
        [{ vendor_id: "ven_2", valid_from: days(-1), valid_to: days(300) }],
        "ven_1",
        at
      )
    ).toMatch(
      /^brand_handle: .*奉节脐橙 \(fengjie-navel-orange\).*no authorization/
    )
  })
  it("says when the authorization expired or has not started", () => {
    expect(
      brandClaimProblem(
        brand,
        [{ vendor_id: "ven_1", valid_from: days(-100), valid_to: days(-1) }],
        "ven_1",
        at
      )
    ).toMatch(/expired on 2026-11-22/)
    expect(
      brandClaimProblem(
        brand,
        [{ vendor_id: "ven_1", valid_from: days(5), valid_to: days(100) }],
        "ven_1",
        at
      )
    ).toMatch(/starts on 2026-11-28/)
    expect(
      brandClaimProblem(
        brand,
        [
          {
            vendor_id: "ven_1",
            valid_from: days(-1),
            valid_to: days(100),
            status: "expired",
          },
        ],
        "ven_1",
        at
      )
    ).toMatch(/expired/)
  })
})

describe("certificates", () => {
  const cert = {
    id: "cert_1",
    type: "green_food",
    number: "LB-15-19012700330A",
    subject_type: "vendor" as const,
    subject_id: "ven_1",
    valid_from: days(-10),
    valid_to: days(100),
  }
  it("belong to their co-op or to its products only", () => {
    expect(isOwnCertificate(cert, "ven_1", [])).toBe(true)
    expect(isOwnCertificate(cert, "ven_2", [])).toBe(false)
    const productCert = {
      subject_type: "product" as const,
      subject_id: "prod_1",
    }
    expect(isOwnCertificate(productCert, "ven_1", ["prod_1"])).toBe(true)
    expect(isOwnCertificate(productCert, "ven_1", ["prod_2"])).toBe(false)
  })
  it("refuse expired, not yet valid, rejected and other products' certificates", () => {
    expect(certificationClaimProblem(cert, "prod_1", at)).toBeNull()
    expect(
      certificationClaimProblem({ ...cert, valid_to: days(-1) }, "prod_1", at)
    ).toMatch(/expired on 2026-11-22/)
    expect(
      certificationClaimProblem({ ...cert, status: "expired" }, "prod_1", at)
    ).toMatch(/expired/)
    expect(
      certificationClaimProblem({ ...cert, valid_from: days(3) }, "prod_1", at)
    ).toMatch(/valid only from/)
    expect(
      certificationClaimProblem(
        { ...cert, review_status: "rejected" },
        "prod_1",
        at
      )
    ).toMatch(/rejected/)
    expect(
      certificationClaimProblem(
        { ...cert, subject_type: "product", subject_id: "prod_2" },
        "prod_1",
        at
      )
    ).toMatch(/issued for product "prod_2"/)
  })
  it("need a declared window that is a range and has not ended", () => {
    expect(
      declaredWindowProblem({ valid_from: days(-1), valid_to: days(1) }, at)
    ).toBeNull()
    expect(
      declaredWindowProblem({ valid_from: days(2), valid_to: days(1) }, at)
    ).toMatch(/^valid_from .* must be before valid_to/)
    expect(
      declaredWindowProblem({ valid_from: days(-9), valid_to: days(-1) }, at)
    ).toMatch(/^valid_to: .*expired/)
  })
})

describe("gradeClaimProblems", () => {
  it("names the metric, the bound and the value for 特级 at 68 mm", () => {
    const { problems } = gradeClaimProblems(sized, "premium", [
      { metric: "fruit_diameter_mm", value: 68, unit: "mm" },
    ])
    expect(problems).toEqual([
      "fruit_diameter_mm is 68 mm, below the 特级 (premium) minimum of 70 mm in TEST-SIZE-1.",
    ])
  })
  it("gives each problem as a field refusal with the level's and metric's names", () => {
    const withSugar = {
      ...sized,
      levels: [
        {
          ...sized.levels[0],
          criteria: [
            ...sized.levels[0].criteria,
            { metric: "soluble_solids_pct", min: 11, unit: "%" },
          ],
        },
      ],
    }
    const { refusals } = gradeClaimProblems(withSugar, "premium", [
      { metric: "soluble_solids_pct", value: 9.5, unit: "%" },
      { metric: "out_of_grade_pct", value: 8, unit: "%" },
    ])
    expect(refusals).toEqual([
      {
        field: "measurements",
        rule: "grade_metric_missing",
        values: expect.objectContaining({
          metric: "fruit_diameter_mm",
          metric_zh: "果实横径",
        }),
      },
      {
        field: "measurements.0.value",
        rule: "grade_min",
        values: {
          metric: "soluble_solids_pct",
          metric_zh: "可溶性固形物",
          metric_en: "soluble solids",
          standard: "TEST-SIZE-1",
          level: "premium",
          level_zh: "特级",
          level_en: "Premium",
          unit: "%",
          value: 9.5,
          min: 11,
        },
      },
      {
        field: "measurements.1.value",
        rule: "grade_tolerance",
        values: expect.objectContaining({
          metric: "out_of_grade_pct",
          value: 8,
          max: 5,
          unit: "%",
        }),
      },
    ])
    const unknown = gradeClaimProblems(sized, "premium", [
      { metric: "sweetness", value: 3, unit: "stars" },
    ])
    expect(unknown.refusals).toEqual([
      {
        field: "measurements.0.metric",
        rule: "unknown_metric",
        values: { metric: "sweetness" },
      },
    ])
    expect(
      gradeClaimProblems(sized, "gold", [
        { metric: "fruit_diameter_mm", value: 75, unit: "mm" },
      ]).refusals
    ).toEqual([
      {
        field: "level_code",
        rule: "unknown_level",
        values: {
          level: "gold",
          standard: "TEST-SIZE-1",
          options: ["premium"],
        },
      },
    ])
  })
  it("accepts the boundary value", () => {
    expect(
      gradeClaimProblems(sized, "premium", [
        { metric: "fruit_diameter_mm", value: 70, unit: "mm" },
      ]).problems
    ).toEqual([])
  })
  it("refuses unknown metrics, wrong units and duplicates before the bounds", () => {
    const { problems } = gradeClaimProblems(sized, "premium", [
      { metric: "sweetness", value: 3, unit: "stars" },
      { metric: "fruit_diameter_mm", value: 7, unit: "cm" },
      { metric: "fruit_diameter_mm", value: 72, unit: "mm" },
    ])
    expect(problems).toEqual([
      'measurements[0]: metric "sweetness" is not a known metric.',
      'measurements[1]: unit "cm" does not fit fruit_diameter_mm, which is measured in "mm".',
      "measurements[2]: fruit_diameter_mm is measured twice.",
    ])
  })
  it("refuses a superseded standard", () => {
    const { problems } = gradeClaimProblems(
      { ...sized, status: "superseded" },
      "premium",
      [{ metric: "fruit_diameter_mm", value: 75, unit: "mm" }]
    )
    expect(problems[0]).toMatch(
      /^standard_code: TEST-SIZE-1 has been superseded/
    )
  })
  it("checks the tolerance and the real GB/T 21488 levels", () => {
    const measurements = [
      { metric: "blemish_area_cm2", value: 2.5, unit: "cm2" },
      { metric: "largest_blemish_cm2", value: 0.8, unit: "cm2" },
      { metric: "peel_thickness_mm", value: 6.5, unit: "mm" },
      { metric: "soluble_solids_pct", value: 9.6, unit: "%" },
      { metric: "solids_acid_ratio", value: 8.8, unit: "ratio" },
    ]
    expect(
      gradeClaimProblems(standard, "second", measurements).problems
    ).toEqual([])
    expect(
      gradeClaimProblems(standard, "second", [
        ...measurements,
        { metric: "out_of_grade_pct", value: 12, unit: "%" },
      ]).problems
    ).toEqual([
      expect.stringMatching(
        /^out_of_grade_pct is 12%, above the 二级 \(second\) tolerance of 10%/
      ),
    ])
    expect(
      gradeClaimProblems(standard, "first", measurements).problems.length
    ).toBeGreaterThan(0)
  })
})

describe("expiryNotices", () => {
  const vendor = {
    id: "ven_1",
    name: "奉节县夔门脐橙种植专业合作社",
    contact: null,
    members: [{ email: "owner@coop.test", role: "owner", status: "active" }],
  }
  const expiry = {
    kind: "certification" as const,
    id: "cert_1",
    vendor_id: "ven_1",
    to: "expiring" as const,
    notify: true,
    valid_to: "2026-12-10T00:00:00.000Z",
    label: "green_food LB-15-19012700330A",
  }
  it("sends one feed notice and one email per change, keyed for idempotence", () => {
    const notices = expiryNotices([expiry], [vendor])
    expect(notices.map((n) => [n.channel, n.to, n.idempotency_key])).toEqual([
      [
        "feed",
        "ven_1",
        "certification:cert_1:expiring:2026-12-10T00:00:00.000Z:feed",
      ],
      [
        "email",
        "owner@coop.test",
        "certification:cert_1:expiring:2026-12-10T00:00:00.000Z:email",
      ],
    ])
    expect(notices[0].data.message).toMatch(
      /^证书 .* 将于 2026-12-10 到期.*expires on 2026-12-10/
    )
  })
  it("skips renewals and claims without a co-op", () => {
    expect(expiryNotices([{ ...expiry, notify: false }], [vendor])).toEqual([])
    expect(expiryNotices([{ ...expiry, vendor_id: null }], [vendor])).toEqual(
      []
    )
  })
  it("prefers the co-op's contact email", () => {
    expect(
      vendorEmail({ ...vendor, contact: { email: "coop@coop.test" } })
    ).toBe("coop@coop.test")
    expect(vendorEmail({ ...vendor, members: [] })).toBeNull()
  })
})
