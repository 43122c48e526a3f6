import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { describeLevel } from "../../../modules/grading/utils/criteria"
import { adminGradeStandardFields } from "./query-config"

type Level = {
  rank: number
  code: string
  name_zh: string
  name_en: string
  tolerance_pct: number
  criteria: never[]
}

/**
 * Sorts a standard's levels best first and adds their criteria in plain
 * words, zh and en, as the admin pages show them.
 */
export function withSummaries<T extends { levels?: unknown }>(standard: T) {
  const levels = ((standard.levels ?? []) as Level[])
    .slice()
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({
      ...level,
      summary_zh: describeLevel(level, "zh"),
      summary_en: describeLevel(level, "en"),
    }))
  return { ...standard, levels }
}

/** One standard as the admin API returns it; 404 when missing. */
export async function refetchGradeStandard(
  scope: MedusaContainer,
  id: string,
  fields: string[] = adminGradeStandardFields
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [standard],
  } = await query.graph({
    entity: "grade_standard",
    fields,
    filters: { id },
  })
  if (!standard) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Grade standard "${id}" was not found.`
    )
  }
  return withSummaries(standard)
}
