import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteBrandWorkflow,
  updateBrandWorkflow,
} from "../../../../workflows/origin"
import { refetchOne } from "../../utils/refetch"
import { adminBrandFields } from "../query-config"
import type { AdminUpdateBrandType } from "../validators"

const fetchBrand = (req: AuthenticatedMedusaRequest, fields: string[]) =>
  refetchOne(req.scope, "brand", "Brand", req.params.id, fields)

/** One brand with its authorizations. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ brand: await fetchBrand(req, req.queryConfig.fields) })
}

/** Edits a brand; the catalogue rebuilds its products. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateBrandType>,
  res: MedusaResponse
) {
  await updateBrandWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({ brand: await fetchBrand(req, adminBrandFields) })
}

/** Deletes a brand with its authorizations and unlinks its products. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deleteBrandWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "brand", deleted: true })
}
