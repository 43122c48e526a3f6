import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

export type AdminGradeCriterion = {
  metric: string
  min?: number | null
  max?: number | null
  unit: string
}

export type AdminGradeLevel = {
  id: string
  code: string
  name_zh: string
  name_en: string
  rank: number
  tolerance_pct: number
  tolerance_verified: boolean
  description_zh?: string | null
  description_en?: string | null
  criteria: AdminGradeCriterion[]
  /** The criteria in plain words, from the API. */
  summary_zh: string
  summary_en: string
}

export type AdminGradeStandard = {
  id: string
  code: string
  title_zh: string
  title_en: string
  product_kind: string
  verification: "verified" | "unverified"
  source: string
  status: "active" | "superseded"
  supersedes_id?: string | null
  created_at: string
  updated_at: string
  levels: AdminGradeLevel[]
}

export type GradeStandardsQuery = {
  status?: "active" | "superseded"
  verification?: "verified" | "unverified"
  product_kind?: string
  offset?: number
  limit?: number
}

export const gradeStandardsQueryKeys = queryKeysFactory(
  "tiantou_grade_standards"
)

/** Standards with their levels, best level first: GET /admin/grade-standards. */
export const useGradeStandards = (query: GradeStandardsQuery) =>
  useQuery({
    queryKey: gradeStandardsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{
        grade_standards: AdminGradeStandard[]
        count: number
      }>("/admin/grade-standards", { query }),
    placeholderData: (previous) => previous,
  })

export type AdminCreateGradeStandardBody = {
  code: string
  title_zh: string
  title_en: string
  product_kind: string
  verification: "verified" | "unverified"
  source: string
  levels: {
    code: string
    name_zh: string
    name_en: string
    rank: number
    tolerance_pct: number
    description_zh?: string | null
    description_en?: string | null
    criteria: {
      metric: string
      min?: number | null
      max?: number | null
      unit: string
    }[]
  }[]
}

/** Creates a standard with its levels: POST /admin/grade-standards. */
export const useCreateGradeStandard = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateGradeStandardBody) =>
      sdk.client.fetch<{ grade_standard: AdminGradeStandard }>(
        "/admin/grade-standards",
        { method: "POST", body }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: gradeStandardsQueryKeys.all }),
  })
}
