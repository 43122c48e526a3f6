import {
  optionValuesToRetire,
  planVariantOptions,
  type ExistingVariantState,
  type ProductOptionState,
} from "../utils/variant-options"

const SIZE: ProductOptionState = {
  id: "opt_size",
  title: "规格 / Size",
  values: [
    { id: "optval_25", value: "2.5kg 尝鲜装" },
    { id: "optval_5", value: "5kg 家庭装" },
  ],
}
const GRADE: ProductOptionState = {
  id: "opt_grade",
  title: "等级 / Grade",
  values: [{ id: "optval_special", value: "特级" }],
}
const sells = (
  id: string,
  title: string,
  ...options: [string, string][]
): ExistingVariantState => ({
  id,
  title,
  options: options.map(([option_id, value]) => ({ option_id, value })),
})
const VARIANTS = [
  sells("variant_25", "2.5kg 尝鲜装", ["opt_size", "2.5kg 尝鲜装"]),
  sells("variant_5", "5kg 家庭装", ["opt_size", "5kg 家庭装"]),
]

describe("planVariantOptions", () => {
  it("uses the title as the value of a single option and offers a new value first", () => {
    expect(
      planVariantOptions("prod_1", { title: "10kg 整箱" }, [SIZE], VARIANTS)
    ).toEqual({
      options: { "规格 / Size": "10kg 整箱" },
      option_updates: [
        { product_option_id: "opt_size", add: [{ value: "10kg 整箱" }] },
      ],
    })
  })

  it("adds nothing to the option when the product already offers the value", () => {
    const plan = planVariantOptions(
      "prod_1",
      { title: "5kg", options: { "规格 / Size": " 5kg 家庭装 " } },
      [SIZE],
      [VARIANTS[0]]
    )
    expect(plan).toEqual({
      options: { "规格 / Size": "5kg 家庭装" },
      option_updates: [],
    })
  })

  it("refuses a size the product already sells, naming the variant", () => {
    const plan = planVariantOptions(
      "prod_1",
      { title: "5kg 家庭装" },
      [SIZE],
      VARIANTS
    )
    expect(plan).toEqual({
      problem: expect.stringMatching(
        /options "规格 \/ Size" "5kg 家庭装" is already sold as variant "5kg 家庭装" \(variant_5\)/
      ),
    })
  })

  it("names an unknown option and a missing one", () => {
    expect(
      planVariantOptions(
        "prod_1",
        { title: "x", options: { 颜色: "红" } },
        [SIZE],
        VARIANTS
      )
    ).toEqual({
      problem: `options["颜色"] is not an option of product "prod_1"; its options are "规格 / Size".`,
    })
    expect(
      planVariantOptions(
        "prod_1",
        { title: "x", options: { "规格 / Size": "10kg" } },
        [SIZE, GRADE],
        []
      )
    ).toEqual({
      problem: expect.stringMatching(
        /^options must give a value for "等级 \/ Grade"/
      ),
    })
  })

  it("needs explicit options when the product has several", () => {
    expect(
      planVariantOptions("prod_1", { title: "特级 10kg" }, [SIZE, GRADE], [])
    ).toEqual({
      problem: expect.stringMatching(
        /^options must give a value for each of the product's options \("规格 \/ Size", "等级 \/ Grade"\)/
      ),
    })
    const plan = planVariantOptions(
      "prod_1",
      {
        title: "一级 5kg",
        options: { "规格 / Size": "5kg 家庭装", "等级 / Grade": "一级" },
      },
      [SIZE, GRADE],
      [
        sells(
          "v1",
          "特级 5kg",
          ["opt_size", "5kg 家庭装"],
          ["opt_grade", "特级"]
        ),
      ]
    )
    expect(plan).toEqual({
      options: { "规格 / Size": "5kg 家庭装", "等级 / Grade": "一级" },
      option_updates: [
        { product_option_id: "opt_grade", add: [{ value: "一级" }] },
      ],
    })
  })

  it("passes a product without options through", () => {
    expect(planVariantOptions("prod_1", { title: "x" }, [], [])).toEqual({
      options: {},
      option_updates: [],
    })
  })
})

describe("optionValuesToRetire", () => {
  it("retires the values only the removed size sells", () => {
    expect(optionValuesToRetire("variant_5", VARIANTS, [SIZE])).toEqual([
      { product_option_id: "opt_size", remove: ["optval_5"] },
    ])
  })

  it("keeps a value another size still sells, and ignores an unknown variant", () => {
    const shared = [
      sells(
        "v1",
        "特级 5kg",
        ["opt_size", "5kg 家庭装"],
        ["opt_grade", "特级"]
      ),
      sells(
        "v2",
        "一级 5kg",
        ["opt_size", "5kg 家庭装"],
        ["opt_grade", "一级"]
      ),
    ]
    const grade = {
      ...GRADE,
      values: [...GRADE.values, { id: "optval_first", value: "一级" }],
    }
    const size = { ...SIZE, values: [{ id: "optval_5", value: "5kg 家庭装" }] }
    expect(optionValuesToRetire("v2", shared, [size, grade])).toEqual([
      { product_option_id: "opt_grade", remove: ["optval_first"] },
    ])
    expect(optionValuesToRetire("nope", shared, [size, grade])).toEqual([])
  })
})
