import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createBrandAuthorizationWorkflow } from "../../../workflows/origin"
import { listEnvelope } from "../utils/refetch"
import { refetchBrandAuthorization, withVendors } from "./helpers"
import type {
  AdminCreateBrandAuthorizationType,
  AdminGetBrandAuthorizationsParamsType,
} from "./validators"

/** Authorizations with their brand and co-op, by co-op or brand. */
export async function GET(
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetBrandAuthorizationsParamsType
  >,
  res: MedusaResponse
) {
  const page = await listEnvelope(req.scope, "brand_authorizations", {
    entity: "brand_authorization",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    ...page,
    brand_authorizations: await withVendors(
      req.scope,
      page.brand_authorizations as { vendor_id: string }[]
    ),
  })
}

/** Lets a co-op use a brand for a period. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateBrandAuthorizationType>,
  res: MedusaResponse
) {
  const { result } = await createBrandAuthorizationWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    brand_authorization: await refetchBrandAuthorization(req.scope, result.id),
  })
}
