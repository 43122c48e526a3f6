import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteBrandAuthorizationWorkflow,
  updateBrandAuthorizationWorkflow,
} from "../../../../workflows/origin"
import { refetchBrandAuthorization } from "../helpers"
import type { AdminUpdateBrandAuthorizationType } from "../validators"

/** One authorization with its brand and co-op. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({
    brand_authorization: await refetchBrandAuthorization(
      req.scope,
      req.params.id,
      req.queryConfig.fields
    ),
  })
}

/** Moves an authorization's window or edits its note. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateBrandAuthorizationType>,
  res: MedusaResponse
) {
  await updateBrandAuthorizationWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({
    brand_authorization: await refetchBrandAuthorization(
      req.scope,
      req.params.id
    ),
  })
}

/** Withdraws an authorization. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deleteBrandAuthorizationWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "brand_authorization", deleted: true })
}
