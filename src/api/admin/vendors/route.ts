import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorListFilters, vendorRegion } from "../../utils/vendor-views"
import type { AdminGetVendorsParamsType } from "./validators"

/** Co-ops with their status and qualifications, for platform review. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetVendorsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "vendor",
    fields: req.queryConfig.fields,
    filters: vendorListFilters(req.validatedQuery),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    vendors: data.map((vendor) => ({
      ...vendor,
      region: vendorRegion(vendor.region_code),
    })),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
