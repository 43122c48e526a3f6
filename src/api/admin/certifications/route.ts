import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createCertificationWorkflow } from "../../../workflows/origin"
import { listEnvelope, refetchOne } from "../utils/refetch"
import { adminCertificationFields } from "./query-config"
import type {
  AdminCreateCertificationType,
  AdminGetCertificationsParamsType,
} from "./validators"

/**
 * Certificates, filterable by type, subject, status and an expiry deadline
 * (`expiring_before` narrows valid_to).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetCertificationsParamsType>,
  res: MedusaResponse
) {
  const { expiring_before, ...filters } = req.filterableFields as Record<
    string,
    unknown
  >
  res.json(
    await listEnvelope(req.scope, "certifications", {
      entity: "certification",
      fields: req.queryConfig.fields,
      filters: expiring_before
        ? { ...filters, valid_to: { $lte: expiring_before } }
        : filters,
      pagination: req.queryConfig.pagination,
    })
  )
}

/** Records a certificate an operator has checked. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCertificationType>,
  res: MedusaResponse
) {
  const { result } = await createCertificationWorkflow(req.scope).run({
    input: req.validatedBody as never,
  })
  res.json({
    certification: await refetchOne(
      req.scope,
      "certification",
      "Certification",
      result.id,
      adminCertificationFields
    ),
  })
}
