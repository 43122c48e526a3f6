import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { GRADING_MODULE } from "../../../modules/grading"
import { CatalogueEvents } from "../../catalogue/events"
import { validateVendorOwnsProductsStep } from "../../vendor-products/steps/validate-vendor-owns-products"
import { validateProductVariantStep } from "../steps/validate-product-variant"
import { upsertVariantGradeStep } from "../steps/upsert-variant-grade"
import { validateVariantGradeClaimStep } from "../steps/validate-variant-grade-claim"
import type { Measurement } from "../utils/claim-rules"

export type DeclareVariantGradeWorkflowInput = {
  vendor_id: string
  member_id?: string | null
  product_id: string
  variant_id: string
  standard_code: string
  level_code: string
  measurements: Measurement[]
}

export const declareVariantGradeWorkflowId = "declare-variant-grade"

/**
 * This workflow declares the grade one of the co-op's variants is sold
 * under, after checking the measurements against the standard's level.
 *
 * @example
 * await declareVariantGradeWorkflow(container).run({
 *   input: { vendor_id: "ven_123", product_id: "prod_123", variant_id: "variant_123",
 *     standard_code: "GB/T 21488-2008", level_code: "premium",
 *     measurements: [{ metric: "soluble_solids_pct", value: 12.5, unit: "%" }] },
 * })
 */
export const declareVariantGradeWorkflow = createWorkflow(
  declareVariantGradeWorkflowId,
  (input: DeclareVariantGradeWorkflowInput) => {
    const ownership = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_ids: [input.product_id],
    }))
    validateVendorOwnsProductsStep(ownership)
    validateProductVariantStep(input)
    const claim = validateVariantGradeClaimStep(input)

    const upsertInput = transform({ claim, input }, ({ claim, input }) => ({
      ...claim,
      declared_by: input.member_id ?? null,
    }))
    const result = upsertVariantGradeStep(upsertInput)

    when(
      "link-new-variant-grade",
      { result },
      ({ result }) => result.created
    ).then(() => {
      const link = transform({ result, input }, ({ result, input }) => [
        {
          [Modules.PRODUCT]: { product_variant_id: input.variant_id },
          [GRADING_MODULE]: { variant_grade_id: result.variant_grade.id },
        },
      ])
      createRemoteLinkStep(link)
    })

    const event = transform({ input }, ({ input }) => ({
      eventName: CatalogueEvents.PRODUCTS_CHANGED,
      data: { product_ids: [input.product_id] },
    }))
    emitEventStep(event)

    return new WorkflowResponse(result.variant_grade)
  }
)
