import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateVendorWorkflow } from "../../../../workflows/marketplace"
import { fetchAdminVendorDetail } from "../helpers"
import type { AdminUpdateVendorType } from "../validators"

/**
 * One co-op with its details, region names, members, status history, stock
 * location, shipping profile, product counts, certificates and brand
 * authorizations.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({
    vendor: await fetchAdminVendorDetail(
      req.scope,
      req.params.id,
      req.queryConfig.fields
    ),
  })
}

/** Platform edits: commission rate, name, descriptions and logo. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateVendorType>,
  res: MedusaResponse
) {
  await updateVendorWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, update: req.validatedBody },
  })
  res.json({ vendor: await fetchAdminVendorDetail(req.scope, req.params.id) })
}
