import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatMonths, shopMonth } from "../dates"
import { formatDistance } from "../distance"
import { bilingual, formatList, variantSize } from "../localized"
import { formatMeasured, sortMetrics, unitSuffix, withUnit } from "../metrics"
import { CHONGQING_COUNTIES, regionName } from "../regions"

describe("formatMonths", () => {
  it("joins a harvest season over the new year into one run", () => {
    assert.equal(formatMonths([11, 12, 1, 2, 3], "zh-CN"), "11月–3月")
    assert.equal(formatMonths([11, 12, 1, 2, 3], "en"), "Nov–Mar")
  })
  it("lists separate months apart", () => {
    assert.equal(formatMonths([9, 5], "zh-CN"), "5月、9月")
    assert.equal(formatMonths([5, 6, 9], "en"), "May–Jun, Sep")
  })
  it("reads a whole year as one run and nothing as empty", () => {
    assert.equal(
      formatMonths([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "en"),
      "Jan–Dec"
    )
    assert.equal(formatMonths(null, "en"), "")
  })
  it("takes the month in Chongqing, not the server's zone", () => {
    // 2026-11-30 17:00 UTC is already 1 December in Chongqing.
    assert.equal(shopMonth(new Date("2026-11-30T17:00:00Z")), 12)
  })
})

describe("bilingual and variant labels", () => {
  it("reads the shopper's half of a two-language backend label", () => {
    assert.equal(
      bilingual("自提·常温 / Pickup · ambient", "zh-CN"),
      "自提·常温"
    )
    assert.equal(
      bilingual("自提·常温 / Pickup · ambient", "en"),
      "Pickup · ambient"
    )
    assert.equal(bilingual("合作社配送", "en"), "合作社配送")
  })
  it("does not say the grade twice", () => {
    const grade = { name_zh: "特级", name_en: "Premium" }
    assert.equal(variantSize("特级 5kg", grade), "5kg")
    assert.equal(variantSize("5kg 家庭装", grade), "5kg 家庭装")
    assert.equal(variantSize("特级", grade), "特级")
    assert.equal(variantSize("250g 礼盒", null), "250g 礼盒")
  })
})

describe("measured values and regions", () => {
  it("writes a measured value with its unit", () => {
    assert.equal(formatMeasured("soluble_solids_pct", 12.6, "zh-CN"), "12.6%")
    assert.equal(formatMeasured("peel_thickness_mm", 4.8, "en"), "4.8 mm")
    assert.equal(formatMeasured("blemish_area_cm2", 0.6, "en"), "0.6 cm²")
    assert.equal(formatMeasured("solids_acid_ratio", 13.5, "en"), "13.5")
    assert.equal(formatMeasured("unknown_metric", 2, "en"), "2")
    assert.equal(
      formatMeasured("fruit_diameter_mm", 1234.5, "en"),
      "1,234.5 mm"
    )
  })
  it("writes a unit after a number, as a backend criterion names it", () => {
    assert.equal(withUnit(2, "cm2", "zh-CN"), "2 cm²")
    assert.equal(withUnit(14.25, "ratio", "en"), "14.25")
    assert.equal(withUnit(68, "mm", "en"), "68 mm")
    assert.equal(withUnit("high", "mm", "en"), "high")
    assert.equal(unitSuffix("%"), "%")
    assert.equal(unitSuffix("mg/g"), " mg/g")
    assert.equal(unitSuffix(""), "")
  })
  it("lists size before quality and unknown criteria last", () => {
    assert.deepEqual(
      sortMetrics(["zzz", "blemish_area_cm2", "fruit_diameter_mm"]),
      ["fruit_diameter_mm", "blemish_area_cm2", "zzz"]
    )
  })
  it("names a Chongqing region code in either language", () => {
    assert.equal(regionName("500236", "zh-CN"), "奉节县")
    assert.equal(regionName("500236", "en"), "Fengjie County")
    assert.equal(regionName("110000", "en"), "110000")
    assert.equal(regionName(null, "en"), "")
  })
  it("lists Chongqing's 38 districts and counties, districts first, without the city", () => {
    assert.equal(CHONGQING_COUNTIES.length, 38)
    assert.equal(CHONGQING_COUNTIES[0].code, "500101")
    assert.ok(!CHONGQING_COUNTIES.some((r) => r.code === "500000"))
    const firstCounty = CHONGQING_COUNTIES.findIndex((r) => r.county)
    assert.equal(CHONGQING_COUNTIES[firstCounty].zh, "城口县")
    assert.ok(CHONGQING_COUNTIES.slice(firstCounty).every((r) => r.county))
  })
})

describe("formatDistance", () => {
  it("writes metres under a kilometre and kilometres above", () => {
    assert.equal(formatDistance(442, "en"), "440 m")
    assert.equal(formatDistance(2323, "en"), "2.3 km")
    assert.match(formatDistance(2323, "zh-CN"), /^2\.3\s?公里$/)
    assert.equal(formatDistance(0, "en"), "0 m")
  })
})

describe("formatList", () => {
  it("joins names the way each language does", () => {
    assert.equal(
      formatList(["奉节县", "云阳县", "巫山县"], "zh-CN"),
      "奉节县、云阳县和巫山县"
    )
    assert.equal(
      formatList(["Fengjie County", "Wushan County"], "en"),
      "Fengjie County and Wushan County"
    )
  })
})
