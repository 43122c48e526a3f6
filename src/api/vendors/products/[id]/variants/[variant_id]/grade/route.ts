import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  clearVariantGradeWorkflow,
  declareVariantGradeWorkflow,
} from "../../../../../../../workflows/claims"
import type { VendorRequest } from "../../../../../../utils/vendor-context"
import type { VendorDeclareVariantGradeType } from "../../../../claims-validators"
import { variantGradeFields } from "../../../../query-config"

/** Declares the grade of one of the co-op's variants, with measurements. */
export async function POST(
  req: VendorRequest<VendorDeclareVariantGradeType>,
  res: MedusaResponse
) {
  const { result } = await declareVariantGradeWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      member_id: req.vendor_context.member_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      ...req.validatedBody,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant_grade],
  } = await query.graph({
    entity: "variant_grade",
    fields: variantGradeFields,
    filters: { id: result.id },
  })
  res.json({ variant_grade })
}

/** Takes the grade off one of the co-op's variants. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { result } = await clearVariantGradeWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
    },
  })
  res.json({
    id: result[0] ?? null,
    variant_id: req.params.variant_id,
    object: "variant_grade",
    deleted: result.length > 0,
  })
}
