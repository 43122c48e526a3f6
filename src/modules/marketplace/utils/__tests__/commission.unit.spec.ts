import {
  commissionAmount,
  type CommissionRuleLike,
  resolveCommissionRate,
} from "../commission"

const defaultRule: CommissionRuleLike = {
  id: "crule_default",
  scope: "default",
  category_id: null,
  rate: 5,
}
const fruitRule: CommissionRuleLike = {
  id: "crule_fruit",
  scope: "category",
  category_id: "pcat_fruit",
  rate: 8,
}
const teaRule: CommissionRuleLike = {
  id: "crule_tea",
  scope: "category",
  category_id: "pcat_tea",
  rate: 12,
}
const rules = [defaultRule, fruitRule, teaRule]

describe("resolveCommissionRate", () => {
  it("uses the co-op override over category rules and the default", () => {
    expect(
      resolveCommissionRate({
        rules,
        vendorRate: 3,
        categoryIds: ["pcat_fruit", "pcat_tea"],
        fallbackRate: 5,
      })
    ).toEqual({ rate: 3, scope: "vendor", rule_id: null })
  })

  it("keeps a co-op at 20 % when its product is in a 1 % category (issue 13)", () => {
    const cheap = { ...fruitRule, rate: 1 }
    expect(
      resolveCommissionRate({
        rules: [defaultRule, cheap],
        vendorRate: 20,
        categoryIds: ["pcat_fruit"],
        fallbackRate: 5,
      })
    ).toEqual({ rate: 20, scope: "vendor", rule_id: null })
  })

  it("treats a co-op override of 0 as an override, not as missing", () => {
    expect(
      resolveCommissionRate({
        rules,
        vendorRate: 0,
        categoryIds: ["pcat_tea"],
        fallbackRate: 5,
      })
    ).toEqual({ rate: 0, scope: "vendor", rule_id: null })
  })

  it("uses a category rule above the default when there is no override", () => {
    expect(
      resolveCommissionRate({
        rules,
        vendorRate: null,
        categoryIds: ["pcat_fruit"],
        fallbackRate: 5,
      })
    ).toEqual({ rate: 8, scope: "category", rule_id: "crule_fruit" })
  })

  it("never goes below the default for a cheaper category", () => {
    const cheap = { ...fruitRule, rate: 1 }
    expect(
      resolveCommissionRate({
        rules: [defaultRule, cheap],
        categoryIds: ["pcat_fruit"],
        fallbackRate: 9,
      })
    ).toEqual({ rate: 5, scope: "default", rule_id: "crule_default" })
    // Without a default rule, the configured fallback is the floor.
    expect(
      resolveCommissionRate({
        rules: [cheap],
        categoryIds: ["pcat_fruit"],
        fallbackRate: 6,
      })
    ).toEqual({ rate: 6, scope: "default", rule_id: null })
  })

  it("gives a tie between a category rule and the default to the default", () => {
    const same = { ...fruitRule, rate: 5 }
    expect(
      resolveCommissionRate({
        rules: [same, defaultRule],
        categoryIds: ["pcat_fruit"],
        fallbackRate: 5,
      })
    ).toEqual({ rate: 5, scope: "default", rule_id: "crule_default" })
  })

  it("takes the highest rate when the product is in several ruled categories", () => {
    expect(
      resolveCommissionRate({
        rules,
        categoryIds: ["pcat_fruit", "pcat_tea", "pcat_other"],
        fallbackRate: 5,
      })
    ).toEqual({ rate: 12, scope: "category", rule_id: "crule_tea" })
    // The order of the rules or categories does not matter.
    expect(
      resolveCommissionRate({
        rules: [teaRule, fruitRule, defaultRule],
        categoryIds: ["pcat_tea", "pcat_fruit"],
        fallbackRate: 5,
      }).rule_id
    ).toBe("crule_tea")
    // Adding a cheap category to a product does not lower its rate.
    expect(
      resolveCommissionRate({
        rules: [defaultRule, teaRule, { ...fruitRule, rate: 1 }],
        categoryIds: ["pcat_fruit", "pcat_tea"],
        fallbackRate: 5,
      }).rate
    ).toBe(12)
  })

  it("uses the default rule when there is neither a category rule nor an override", () => {
    expect(
      resolveCommissionRate({
        rules,
        vendorRate: null,
        categoryIds: ["pcat_vegetables"],
        fallbackRate: 9,
      })
    ).toEqual({ rate: 5, scope: "default", rule_id: "crule_default" })
    expect(resolveCommissionRate({ rules, fallbackRate: 9 }).rate).toBe(5)
  })

  it("falls back to the configured rate when no rule applies", () => {
    expect(
      resolveCommissionRate({
        rules: [fruitRule],
        categoryIds: ["pcat_tea"],
        fallbackRate: 6,
      })
    ).toEqual({ rate: 6, scope: "default", rule_id: null })
    expect(resolveCommissionRate({ rules: [], fallbackRate: 5 })).toEqual({
      rate: 5,
      scope: "default",
      rule_id: null,
    })
  })

  it("ignores category rules without a category id", () => {
    const broken = { ...teaRule, category_id: null }
    expect(
      resolveCommissionRate({
        rules: [defaultRule, broken],
        categoryIds: ["pcat_tea"],
        fallbackRate: 5,
      }).scope
    ).toBe("default")
  })
})

describe("commissionAmount", () => {
  it("rounds to the fen", () => {
    // 5% of 69.9 is 3.495 and rounds half up to 3.50.
    expect(commissionAmount(69.9, 5)).toBe(3.5)
    // 7.5% of 19.9 is 1.4925.
    expect(commissionAmount(19.9, 7.5)).toBe(1.49)
    // 8% of 139.8 is 11.184.
    expect(commissionAmount(139.8, 8)).toBe(11.18)
  })

  it("has no binary floating-point drift", () => {
    // 0.1 + 0.2 style errors would give 0.30000000000000004 here.
    expect(commissionAmount(3, 10)).toBe(0.3)
    expect(commissionAmount(1.15, 50)).toBe(0.58)
  })

  it("accepts amounts as strings and handles zero", () => {
    expect(commissionAmount("59.70", 5)).toBe(2.99)
    expect(commissionAmount(0, 5)).toBe(0)
    expect(commissionAmount(69.9, 0)).toBe(0)
    expect(commissionAmount(100, 100)).toBe(100)
  })
})
