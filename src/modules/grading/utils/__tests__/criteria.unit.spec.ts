import fs from "node:fs"
import path from "node:path"
import {
  describeLevel,
  type GradeStandardDefinition,
  measurementViolations,
  standardProblems,
} from "../criteria"

const navelOrange: GradeStandardDefinition = JSON.parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      "../../../../../data/standards/gbt-21488-2008-navel-orange.json"
    ),
    "utf8"
  )
)

/** A size-banded standard in the shape local GI standards use. */
const banded: GradeStandardDefinition = {
  code: "T/TEST 1-2026",
  title_zh: "测试脐橙",
  title_en: "Test navel orange",
  product_kind: "navel_orange",
  levels: [
    {
      code: "premium",
      name_zh: "特级",
      name_en: "Premium",
      rank: 1,
      tolerance_pct: 5,
      criteria: [{ metric: "fruit_diameter_mm", min: 70, max: 90, unit: "mm" }],
    },
    {
      code: "first",
      name_zh: "一级",
      name_en: "Grade 1",
      rank: 2,
      tolerance_pct: 10,
      criteria: [{ metric: "fruit_diameter_mm", min: 65, max: 70, unit: "mm" }],
    },
  ],
}

const premiumOrange = {
  color_coverage_pct: 92,
  blemish_area_cm2: 0.8,
  largest_blemish_cm2: 0.2,
  peel_thickness_mm: 5.1,
  soluble_solids_pct: 12.4,
  solids_acid_ratio: 13.2,
  edible_portion_pct: 74,
}

describe("measurementViolations", () => {
  it("accepts a 特级 navel orange that meets every GB/T 21488 criterion", () => {
    expect(
      measurementViolations(navelOrange, "premium", premiumOrange)
    ).toEqual([])
  })

  it("names the metric, the bound and the value when a 特级 orange is 68 mm and 特级 needs ≥ 70 mm", () => {
    const [violation] = measurementViolations(banded, "premium", {
      fruit_diameter_mm: 68,
    })
    expect(violation).toEqual({
      metric: "fruit_diameter_mm",
      bound: "min",
      limit: 70,
      value: 68,
      message:
        "fruit_diameter_mm is 68 mm, below the 特级 (premium) minimum of 70 mm in T/TEST 1-2026.",
    })
  })

  it("lets values on a bound pass and flags values just past it", () => {
    expect(
      measurementViolations(banded, "premium", { fruit_diameter_mm: 70 })
    ).toEqual([])
    expect(
      measurementViolations(banded, "premium", { fruit_diameter_mm: 90 })
    ).toEqual([])
    expect(
      measurementViolations(banded, "premium", { fruit_diameter_mm: 90.1 })[0]
    ).toMatchObject({ bound: "max", limit: 90, value: 90.1 })
    expect(
      measurementViolations(navelOrange, "premium", {
        ...premiumOrange,
        soluble_solids_pct: 10.99,
      })
    ).toEqual([
      expect.objectContaining({
        metric: "soluble_solids_pct",
        bound: "min",
        limit: 11,
      }),
    ])
  })

  it("checks the share of out-of-grade fruit against the level's tolerance", () => {
    expect(
      measurementViolations(banded, "premium", {
        fruit_diameter_mm: 75,
        out_of_grade_pct: 5,
      })
    ).toEqual([])
    expect(
      measurementViolations(banded, "premium", {
        fruit_diameter_mm: 75,
        out_of_grade_pct: 5.5,
      })
    ).toEqual([
      expect.objectContaining({
        metric: "out_of_grade_pct",
        bound: "tolerance",
        limit: 5,
        value: 5.5,
      }),
    ])
    // The lower level allows more off-grade fruit.
    expect(
      measurementViolations(banded, "first", {
        fruit_diameter_mm: 66,
        out_of_grade_pct: 8,
      })
    ).toEqual([])
  })

  it("requires every criterion of the level to be measured", () => {
    const { soluble_solids_pct: _omitted, ...rest } = premiumOrange
    expect(measurementViolations(navelOrange, "premium", rest)).toEqual([
      expect.objectContaining({
        metric: "soluble_solids_pct",
        bound: "missing",
      }),
    ])
  })

  it("rejects unknown metrics and unknown levels", () => {
    expect(
      measurementViolations(navelOrange, "second", {
        blemish_area_cm2: 1,
        largest_blemish_cm2: 0.5,
        peel_thickness_mm: 6,
        soluble_solids_pct: 9.5,
        solids_acid_ratio: 9,
        sweetness_score: 8,
      })
    ).toEqual([
      expect.objectContaining({ metric: "sweetness_score", bound: "unknown" }),
    ])
    expect(measurementViolations(navelOrange, "extra", {})[0].message).toBe(
      'Level "extra" is not part of GB/T 21488-2008; use one of premium, first, second.'
    )
  })

  it("grades the same fruit down when it misses a higher level", () => {
    const grade1Orange = { ...premiumOrange, color_coverage_pct: 85 }
    expect(
      measurementViolations(navelOrange, "premium", grade1Orange)
    ).toHaveLength(1)
    expect(measurementViolations(navelOrange, "first", grade1Orange)).toEqual(
      []
    )
  })
})

describe("standardProblems", () => {
  it("finds nothing wrong with the seeded GB/T 21488 standard", () => {
    expect(standardProblems(navelOrange)).toEqual([])
  })

  it("reports unknown metrics and mismatched units by level and criterion", () => {
    const broken: GradeStandardDefinition = {
      ...banded,
      levels: [
        {
          ...banded.levels[0],
          criteria: [
            { metric: "sugar", min: 1, unit: "%" },
            { metric: "single_fruit_weight_g", min: 0.2, unit: "kg" },
          ],
        },
      ],
    }
    expect(standardProblems(broken)).toEqual([
      'levels[0] (premium).criteria[0]: metric "sugar" is not a known metric.',
      'levels[0] (premium).criteria[1]: unit "kg" does not fit single_fruit_weight_g, which is measured in "g".',
    ])
  })

  it("reports levels whose size bands overlap, but not bands that only touch", () => {
    expect(standardProblems(banded)).toEqual([])
    const overlapping = {
      ...banded,
      levels: [
        banded.levels[0],
        {
          ...banded.levels[1],
          criteria: [
            { metric: "fruit_diameter_mm", min: 65, max: 75, unit: "mm" },
          ],
        },
      ],
    }
    expect(standardProblems(overlapping)).toEqual([
      'Levels "premium" and "first" overlap on fruit_diameter_mm between 70 and 75.',
    ])
  })

  it("reports inverted ranges, empty criteria, bad tolerances and duplicate ranks", () => {
    const broken: GradeStandardDefinition = {
      ...banded,
      levels: [
        {
          ...banded.levels[0],
          tolerance_pct: 120,
          criteria: [
            { metric: "fruit_diameter_mm", min: 90, max: 70, unit: "mm" },
            { metric: "peel_thickness_mm", unit: "mm" },
          ],
        },
        { ...banded.levels[1], rank: 1, criteria: [] },
      ],
    }
    expect(standardProblems(broken)).toEqual([
      "levels[0] (premium): tolerance_pct must be between 0 and 100, got 120.",
      "levels[0] (premium).criteria[0]: fruit_diameter_mm min 90 is above max 70.",
      "levels[0] (premium).criteria[1]: peel_thickness_mm needs a min, a max or both.",
      "levels[1] (first): rank 1 is used twice.",
    ])
  })
})

describe("describeLevel", () => {
  it("puts a level's criteria in plain words in Chinese and English", () => {
    const second = navelOrange.levels.find((l) => l.code === "second")!
    expect(describeLevel(second, "zh")).toBe(
      "果面缺陷总面积 ≤ 3 cm²；最大缺陷面积 ≤ 1 cm²；果皮厚度 ≤ 7 mm；可溶性固形物 ≥ 9%；固酸比 ≥ 8.5"
    )
    expect(describeLevel(banded.levels[0], "en")).toBe(
      "fruit diameter ≥ 70 mm, ≤ 90 mm"
    )
  })
})
