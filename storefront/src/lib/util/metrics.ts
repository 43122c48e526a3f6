/**
 * Units of the measured grading criteria (the backend's grading METRICS);
 * their names are messages under `metric`. A value reads "12.6%", "4.8 mm".
 */
const UNITS: Record<string, string> = {
  fruit_diameter_mm: " mm",
  single_fruit_weight_g: " g",
  soluble_solids_pct: "%",
  solids_acid_ratio: "",
  color_coverage_pct: "%",
  blemish_area_cm2: " cm²",
  largest_blemish_cm2: " cm²",
  peel_thickness_mm: " mm",
  edible_portion_pct: "%",
  out_of_grade_pct: "%",
  plant_height_cm: " cm",
  yellow_leaf_pct: "%",
  moisture_pct: "%",
  volatile_oil_pct: "%",
  numbing_substance_mg_g: " mg/g",
}

export function formatMeasured(code: string, value: number, locale: string) {
  const number = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
  }).format(value)
  return `${number}${UNITS[code] ?? ""}`
}

/** A fixed order for the criteria (size, then quality, then defects); unknown ones last. */
export const METRIC_ORDER = Object.keys(UNITS)

export function sortMetrics(codes: string[]) {
  const rank = (c: string) =>
    METRIC_ORDER.includes(c) ? METRIC_ORDER.indexOf(c) : METRIC_ORDER.length
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}
