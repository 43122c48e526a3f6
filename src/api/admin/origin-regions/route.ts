import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createOriginRegionWorkflow } from "../../../workflows/origin"
import { listEnvelope, refetchOne } from "../utils/refetch"
import { adminOriginRegionFields } from "./query-config"
import type {
  AdminCreateOriginRegionType,
  AdminGetOriginRegionsParamsType,
} from "./validators"

/** GB/T 2260 regions, filterable by code, parent and level. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetOriginRegionsParamsType>,
  res: MedusaResponse
) {
  res.json(
    await listEnvelope(req.scope, "origin_regions", {
      entity: "origin_region",
      fields: req.queryConfig.fields,
      filters: req.filterableFields,
      pagination: req.queryConfig.pagination,
    })
  )
}

/** Adds a region under an existing parent. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateOriginRegionType>,
  res: MedusaResponse
) {
  const { result } = await createOriginRegionWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({
    origin_region: await refetchOne(
      req.scope,
      "origin_region",
      "Origin region",
      result.id,
      adminOriginRegionFields
    ),
  })
}
