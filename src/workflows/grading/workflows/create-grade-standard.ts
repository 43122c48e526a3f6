import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreateGradeStandardInput } from "../../../modules/grading/types"
import { createGradeStandardStep } from "../steps/create-grade-standard"
import { validateGradeStandardStep } from "../steps/validate-grade-standard"

export type CreateGradeStandardWorkflowInput = Omit<
  CreateGradeStandardInput,
  "status" | "supersedes_id"
>

export const createGradeStandardWorkflowId = "create-grade-standard"

/**
 * This workflow creates a grade standard with its levels after checking
 * their criteria.
 *
 * @example
 * await createGradeStandardWorkflow(container).run({
 *   input: { code: "GB/T 21488-2008", title_zh: "脐橙", title_en: "Navel oranges",
 *     product_kind: "navel_orange", verification: "verified", source: "…", levels: [...] },
 * })
 */
export const createGradeStandardWorkflow = createWorkflow(
  createGradeStandardWorkflowId,
  (input: CreateGradeStandardWorkflowInput) => {
    validateGradeStandardStep({ standard: input })
    const data = transform({ input }, ({ input }) => ({
      ...input,
      status: "active" as const,
      supersedes_id: null,
    }))
    const standard = createGradeStandardStep(data)
    return new WorkflowResponse(standard)
  }
)
