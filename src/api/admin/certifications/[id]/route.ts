import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteCertificationWorkflow,
  updateCertificationWorkflow,
} from "../../../../workflows/origin"
import { refetchOne } from "../../utils/refetch"
import { adminCertificationFields } from "../query-config"
import type { AdminUpdateCertificationType } from "../validators"

const fetchCertification = (
  req: AuthenticatedMedusaRequest,
  fields: string[]
) =>
  refetchOne(req.scope, "certification", "Certification", req.params.id, fields)

/** One certificate. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({
    certification: await fetchCertification(req, req.queryConfig.fields),
  })
}

/** Edits a certificate, e.g. a renewal's new valid_to. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateCertificationType>,
  res: MedusaResponse
) {
  await updateCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody as never },
  })
  res.json({
    certification: await fetchCertification(req, adminCertificationFields),
  })
}

/** Deletes a certificate and unlinks it from products. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deleteCertificationWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "certification", deleted: true })
}
