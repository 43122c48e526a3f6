import { isMetric, METRICS, UNIT_LABEL } from "./metrics"

export type Criterion = {
  metric: string
  min?: number | null
  max?: number | null
  unit: string
}

export type GradeLevelDefinition = {
  code: string
  name_zh: string
  name_en: string
  rank: number
  tolerance_pct: number
  criteria: Criterion[]
}

export type GradeStandardDefinition = {
  code: string
  title_zh: string
  title_en: string
  product_kind: string
  levels: GradeLevelDefinition[]
}

/** Share of a sample that misses the level; compared with its tolerance. */
export const OUT_OF_GRADE = "out_of_grade_pct"

const fmt = (value: number, unit: string) =>
  `${value}${UNIT_LABEL[unit] ?? ` ${unit}`}`

/**
 * Everything wrong with a standard's definition, as sentences naming the
 * level and criterion: unknown metrics or units, empty or inverted ranges,
 * tolerances outside 0–100 %, duplicate ranks or codes, and levels whose
 * size bands overlap.
 */
export function standardProblems(standard: GradeStandardDefinition): string[] {
  const problems: string[] = []
  const seenCodes = new Set<string>()
  const seenRanks = new Set<number>()
  standard.levels.forEach((level, i) => {
    const at = `levels[${i}] (${level.code})`
    if (seenCodes.has(level.code)) {
      problems.push(`${at}: code "${level.code}" is used twice.`)
    }
    if (seenRanks.has(level.rank)) {
      problems.push(`${at}: rank ${level.rank} is used twice.`)
    }
    seenCodes.add(level.code)
    seenRanks.add(level.rank)
    if (!(level.tolerance_pct >= 0 && level.tolerance_pct <= 100)) {
      problems.push(
        `${at}: tolerance_pct must be between 0 and 100, got ${level.tolerance_pct}.`
      )
    }
    level.criteria.forEach((c, j) => {
      const where = `${at}.criteria[${j}]`
      if (!isMetric(c.metric)) {
        problems.push(`${where}: metric "${c.metric}" is not a known metric.`)
        return
      }
      const unit = METRICS[c.metric].unit
      if (c.unit !== unit) {
        problems.push(
          `${where}: unit "${c.unit}" does not fit ${c.metric}, which is measured in "${unit}".`
        )
      }
      const hasMin = typeof c.min === "number"
      const hasMax = typeof c.max === "number"
      if (!hasMin && !hasMax) {
        problems.push(`${where}: ${c.metric} needs a min, a max or both.`)
      }
      if (hasMin && hasMax && c.min! > c.max!) {
        problems.push(
          `${where}: ${c.metric} min ${c.min} is above max ${c.max}.`
        )
      }
    })
  })
  problems.push(...bandOverlaps(standard))
  return problems
}

function bandOverlaps(standard: GradeStandardDefinition): string[] {
  const problems: string[] = []
  const levels = standard.levels
  for (let a = 0; a < levels.length; a++) {
    for (let b = a + 1; b < levels.length; b++) {
      for (const ca of levels[a].criteria) {
        if (!isMetric(ca.metric) || !METRICS[ca.metric].band) {
          continue
        }
        const cb = levels[b].criteria.find((c) => c.metric === ca.metric)
        if (!cb) {
          continue
        }
        const lo = Math.max(ca.min ?? -Infinity, cb.min ?? -Infinity)
        const hi = Math.min(ca.max ?? Infinity, cb.max ?? Infinity)
        // Touching bands (70–80 and 80–90) share only a boundary point.
        if (lo < hi) {
          problems.push(
            `Levels "${levels[a].code}" and "${levels[b].code}" overlap on ${ca.metric} between ${lo} and ${hi}.`
          )
        }
      }
    }
  }
  return problems
}

export type MeasurementViolation = {
  metric: string
  bound: "min" | "max" | "tolerance" | "missing" | "unknown"
  limit?: number
  value?: number
  message: string
}

/**
 * Checks measured values against one level of a standard. Each value must
 * meet the level's bound (a bound itself passes); `out_of_grade_pct`, when
 * given, must not exceed the level's tolerance. Returns one violation per
 * problem, each naming the metric, the bound and the value.
 */
export function measurementViolations(
  standard: GradeStandardDefinition,
  levelCode: string,
  measured: Record<string, number>
): MeasurementViolation[] {
  const level = standard.levels.find((l) => l.code === levelCode)
  if (!level) {
    return [
      {
        metric: "level",
        bound: "unknown",
        message: `Level "${levelCode}" is not part of ${standard.code}; use one of ${standard.levels
          .map((l) => l.code)
          .join(", ")}.`,
      },
    ]
  }
  const label = `${level.name_zh} (${level.code})`
  const std = standard.code
  const violations: MeasurementViolation[] = []
  for (const metric of Object.keys(measured)) {
    if (metric !== OUT_OF_GRADE && !isMetric(metric)) {
      violations.push({
        metric,
        bound: "unknown",
        value: measured[metric],
        message: `${metric} is not a known metric.`,
      })
    }
  }
  for (const c of level.criteria) {
    const value = measured[c.metric]
    if (typeof value !== "number" || Number.isNaN(value)) {
      violations.push({
        metric: c.metric,
        bound: "missing",
        message: `${c.metric} must be measured to claim ${label} in ${std}.`,
      })
      continue
    }
    if (typeof c.min === "number" && value < c.min) {
      violations.push({
        metric: c.metric,
        bound: "min",
        limit: c.min,
        value,
        message: `${c.metric} is ${fmt(value, c.unit)}, below the ${label} minimum of ${fmt(c.min, c.unit)} in ${std}.`,
      })
    }
    if (typeof c.max === "number" && value > c.max) {
      violations.push({
        metric: c.metric,
        bound: "max",
        limit: c.max,
        value,
        message: `${c.metric} is ${fmt(value, c.unit)}, above the ${label} maximum of ${fmt(c.max, c.unit)} in ${std}.`,
      })
    }
  }
  const outOfGrade = measured[OUT_OF_GRADE]
  if (typeof outOfGrade === "number" && outOfGrade > level.tolerance_pct) {
    violations.push({
      metric: OUT_OF_GRADE,
      bound: "tolerance",
      limit: level.tolerance_pct,
      value: outOfGrade,
      message: `${OUT_OF_GRADE} is ${outOfGrade}%, above the ${label} tolerance of ${level.tolerance_pct}% in ${std}.`,
    })
  }
  return violations
}

/** A level's criteria in plain words, for the product page. */
export function describeLevel(
  level: GradeLevelDefinition,
  locale: "zh" | "en"
) {
  return level.criteria
    .filter((c) => isMetric(c.metric))
    .map((c) => {
      const name = METRICS[c.metric as keyof typeof METRICS][locale]
      const parts: string[] = []
      if (typeof c.min === "number") {
        parts.push(`≥ ${fmt(c.min, c.unit)}`)
      }
      if (typeof c.max === "number") {
        parts.push(`≤ ${fmt(c.max, c.unit)}`)
      }
      return `${name} ${parts.join(locale === "zh" ? "，" : ", ")}`
    })
    .join(locale === "zh" ? "；" : "; ")
}
