import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { loadMessages } from "../../../i18n/messages"
import type { FieldRefusal } from "../medusa-error"
import { refusalsOf } from "../medusa-error"
import {
  catalogueTranslator,
  describeRefusal,
  refusalsByField,
} from "../refusals"

const translator = async (locale: "zh-CN" | "en") =>
  catalogueTranslator(await loadMessages(locale))

/** As the backend answers 特级 with soluble solids at 9.5% (docs/api.md "Errors"). */
const sugar: FieldRefusal = {
  field: "measurements.1.value",
  rule: "grade_min",
  values: {
    metric: "soluble_solids_pct",
    metric_zh: "可溶性固形物",
    metric_en: "soluble solids",
    standard: "GB/T 21488-2008",
    level: "premium",
    level_zh: "特级",
    level_en: "Premium",
    unit: "%",
    value: 9.5,
    min: 11,
  },
}

describe("describeRefusal", () => {
  it("words a grade refusal with the metric's and the level's names, in Chinese and English", async () => {
    assert.equal(
      describeRefusal(sugar, await translator("zh-CN"), "zh-CN"),
      "可溶性固形物 9.5% 低于特级最低值 11%。"
    )
    assert.equal(
      describeRefusal(sugar, await translator("en"), "en"),
      "Soluble solids 9.5% is below the Premium minimum of 11%."
    )
  })

  it("falls back to the shop's metric names, and words units", async () => {
    const t = await translator("zh-CN")
    const diameter: FieldRefusal = {
      field: "measurements.0.value",
      rule: "grade_max",
      values: {
        metric: "fruit_diameter_mm",
        level: "premium",
        level_zh: "特级",
        unit: "mm",
        value: 96,
        max: 95,
      },
    }
    assert.equal(
      describeRefusal(diameter, t, "zh-CN"),
      "果实横径 96 mm 高于特级最高值 95 mm。"
    )
  })

  it("picks the most specific message: origin, type, then field, then rule", async () => {
    const t = await translator("zh-CN")
    const say = (
      field: string,
      rule: string,
      values: Record<string, unknown> = {}
    ) => describeRefusal({ field, rule, values }, t, "zh-CN")
    assert.equal(
      say("title", "too_small", { minimum: 2, origin: "string" }),
      "至少要 2 个字符。"
    )
    assert.equal(
      say("count", "too_small", { minimum: 1, origin: "number" }),
      "不能小于 1。"
    )
    assert.equal(
      say("handle", "taken"),
      "这个店铺标识已被其他合作社使用，请换一个。"
    )
    assert.equal(say("widget", "taken"), "已被占用，请换一个。")
    assert.equal(
      say("number", "certificate_number", { type: "geographical_indication" }),
      "地理标志编号是 AGI 加 5 位数字，例如 AGI00053。"
    )
    assert.equal(
      say("variants.0.prices.0.amount", "price_max", { max: 1000000 }),
      "价格最多 1,000,000 元。"
    )
    assert.equal(say("x", "a_rule_we_do_not_know"), "请检查这一栏。")
  })
})

describe("refusalsByField", () => {
  it("puts each refusal at its form field and the rest aside", async () => {
    const t = await translator("zh-CN")
    const { fields, rest } = refusalsByField(
      [sugar, { field: "colour", rule: "unrecognized_key", values: {} }],
      (r) => (r.field.startsWith("measurements") ? "soluble_solids_pct" : null),
      t,
      "zh-CN"
    )
    assert.deepEqual(fields, {
      soluble_solids_pct: "可溶性固形物 9.5% 低于特级最低值 11%。",
    })
    assert.deepEqual(rest, ["表单带了无法识别的栏目（colour）。"])
  })

  it("reads refusals only from a well-formed errors list", () => {
    assert.deepEqual(refusalsOf({ errors: [sugar, { field: 1 }] }), [sugar])
    assert.deepEqual(refusalsOf(new Error("x")), [])
    assert.deepEqual(refusalsOf(null), [])
  })
})
