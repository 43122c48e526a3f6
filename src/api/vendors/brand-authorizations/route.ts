import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../utils/vendor-context"

/** The co-op's brand authorizations, current and past, with their brand. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: brand_authorizations, metadata } = await query.graph({
    entity: "brand_authorization",
    fields: req.queryConfig.fields,
    filters: { vendor_id: req.vendor_context.vendor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    brand_authorizations,
    count: metadata?.count ?? brand_authorizations.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? brand_authorizations.length,
  })
}
