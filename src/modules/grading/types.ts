import type { Criterion } from "./utils/criteria"
import type GradingModuleService from "./service"

export type CreateGradeLevelInput = {
  code: string
  name_zh: string
  name_en: string
  rank: number
  tolerance_pct: number
  tolerance_verified?: boolean
  description_zh?: string | null
  description_en?: string | null
  criteria: Criterion[]
}

/**
 * A standard with its levels. The generated `createGradeStandards` accepts
 * nested levels at runtime (the ORM creates them in the same transaction)
 * but types `levels` as ids; `asStandardCreateInput` bridges the two.
 */
export type CreateGradeStandardInput = {
  code: string
  title_zh: string
  title_en: string
  product_kind: string
  verification: "verified" | "unverified"
  source: string
  status?: "active" | "superseded"
  supersedes_id?: string | null
  levels: CreateGradeLevelInput[]
}

type GeneratedCreateInput = Parameters<
  GradingModuleService["createGradeStandards"]
>[0]

/** Types nested levels for the generated `createGradeStandards`. */
export function asStandardCreateInput(
  input: CreateGradeStandardInput[]
): GeneratedCreateInput {
  return input as unknown as GeneratedCreateInput
}
