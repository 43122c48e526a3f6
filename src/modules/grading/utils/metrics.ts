/**
 * The measurable grading criteria we know, with their one unit. A "band"
 * metric sorts produce by size, so two levels of one standard may not claim
 * overlapping ranges of it.
 */
export const METRICS = {
  fruit_diameter_mm: {
    unit: "mm",
    band: true,
    zh: "果实横径",
    en: "fruit diameter",
  },
  single_fruit_weight_g: {
    unit: "g",
    band: true,
    zh: "单果重",
    en: "single-fruit weight",
  },
  soluble_solids_pct: {
    unit: "%",
    band: false,
    zh: "可溶性固形物",
    en: "soluble solids",
  },
  solids_acid_ratio: {
    unit: "ratio",
    band: false,
    zh: "固酸比",
    en: "solids-to-acid ratio",
  },
  color_coverage_pct: {
    unit: "%",
    band: false,
    zh: "着色率",
    en: "colour coverage",
  },
  blemish_area_cm2: {
    unit: "cm2",
    band: false,
    zh: "果面缺陷总面积",
    en: "total blemish area",
  },
  largest_blemish_cm2: {
    unit: "cm2",
    band: false,
    zh: "最大缺陷面积",
    en: "largest blemish",
  },
  peel_thickness_mm: {
    unit: "mm",
    band: false,
    zh: "果皮厚度",
    en: "peel thickness",
  },
  edible_portion_pct: {
    unit: "%",
    band: false,
    zh: "可食率",
    en: "edible portion",
  },
  plant_height_cm: { unit: "cm", band: true, zh: "株高", en: "plant height" },
  yellow_leaf_pct: {
    unit: "%",
    band: false,
    zh: "黄叶率",
    en: "yellowed leaves",
  },
  moisture_pct: { unit: "%", band: false, zh: "水分", en: "moisture" },
  volatile_oil_pct: {
    unit: "%",
    band: false,
    zh: "挥发油",
    en: "volatile oil",
  },
  numbing_substance_mg_g: {
    unit: "mg/g",
    band: false,
    zh: "麻味物质",
    en: "numbing substances",
  },
} as const

export type MetricCode = keyof typeof METRICS

export function isMetric(code: string): code is MetricCode {
  return Object.prototype.hasOwnProperty.call(METRICS, code)
}

/** How a unit reads after a number. */
export const UNIT_LABEL: Record<string, string> = {
  mm: " mm",
  g: " g",
  "%": "%",
  ratio: "",
  cm2: " cm²",
  cm: " cm",
  "mg/g": " mg/g",
}
