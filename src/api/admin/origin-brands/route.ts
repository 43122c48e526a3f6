import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createBrandWorkflow } from "../../../workflows/origin"
import { listEnvelope, refetchOne } from "../utils/refetch"
import { adminBrandFields } from "./query-config"
import type {
  AdminCreateBrandType,
  AdminGetBrandsParamsType,
} from "./validators"

/** Brands with their co-op authorizations. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetBrandsParamsType>,
  res: MedusaResponse
) {
  res.json(
    await listEnvelope(req.scope, "brands", {
      entity: "brand",
      fields: req.queryConfig.fields,
      filters: req.filterableFields,
      pagination: req.queryConfig.pagination,
    })
  )
}

/** Creates a brand. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateBrandType>,
  res: MedusaResponse
) {
  const { result } = await createBrandWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    brand: await refetchOne(
      req.scope,
      "brand",
      "Brand",
      result.id,
      adminBrandFields
    ),
  })
}
