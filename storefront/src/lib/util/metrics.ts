/** The share of fruit outside the declared grade, entered with every grade. */
export const OUT_OF_GRADE = "out_of_grade_pct"

/**
 * Units of the measured grading criteria (the backend's grading METRICS),
 * as the backend writes a criterion's `unit`; their names are messages
 * under `metric`.
 */
const UNITS: Record<string, string> = {
  fruit_diameter_mm: "mm",
  single_fruit_weight_g: "g",
  soluble_solids_pct: "%",
  solids_acid_ratio: "ratio",
  color_coverage_pct: "%",
  blemish_area_cm2: "cm2",
  largest_blemish_cm2: "cm2",
  peel_thickness_mm: "mm",
  edible_portion_pct: "%",
  [OUT_OF_GRADE]: "%",
  plant_height_cm: "cm",
  yellow_leaf_pct: "%",
  moisture_pct: "%",
  volatile_oil_pct: "%",
  numbing_substance_mg_g: "mg/g",
}

/** The units that do not read as a space followed by their code. */
const UNIT_SUFFIX: Record<string, string> = { "%": "%", ratio: "", cm2: " cm²" }

/** How a unit reads after a number: " mm", "%", " cm²", "" (a ratio). */
export function unitSuffix(unit: string): string {
  return UNIT_SUFFIX[unit] ?? (unit ? ` ${unit}` : "")
}

/** "9.5%", "68 mm", "2 cm²", "4.2" (a ratio): a measured value with its unit. */
export function withUnit(value: unknown, unit: string, locale: string): string {
  if (typeof value !== "number") {
    return String(value ?? "")
  }
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
  }).format(value)
  return `${number}${unitSuffix(unit)}`
}

/** A criterion's measured value by its metric code: "12.6%", "4.8 mm". */
export function formatMeasured(code: string, value: number, locale: string) {
  return withUnit(value, UNITS[code] ?? "", locale)
}

/** A fixed order for the criteria (size, then quality, then defects); unknown ones last. */
export const METRIC_ORDER = Object.keys(UNITS)

export function sortMetrics(codes: string[]) {
  const rank = (c: string) =>
    METRIC_ORDER.includes(c) ? METRIC_ORDER.indexOf(c) : METRIC_ORDER.length
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}
