import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorListFilters, vendorRegion } from "../../utils/vendor-views"
import type { StoreGetVendorsParamsType } from "./validators"

/** Active co-ops, with their home region in Chinese and English. */
export async function GET(
  req: MedusaRequest<unknown, StoreGetVendorsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, kind, region_code } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "vendor",
    // region_code feeds `region` even when `fields` asks for less.
    fields: [...new Set(["id", "region_code", ...req.queryConfig.fields])],
    filters: {
      ...vendorListFilters({ q, kind, region_code }),
      status: "active",
    },
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
