import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import { salesChannelIds, setCatalogueCacheHeaders } from "../catalogue/helpers"
import { brandRegions } from "./helpers"
import { STORE_BRAND_FIELDS } from "./query-config"
import type { StoreGetOriginBrandsParamsType } from "./validators"

/**
 * Origin brands with their regions and the number of products whose brand
 * claim holds now (the co-op's authorization is valid).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreGetOriginBrandsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const { type, limit, offset } = req.validatedQuery
  const [{ data, metadata }, counts] = await Promise.all([
    query.graph({
      entity: "brand",
      fields: STORE_BRAND_FIELDS,
      filters: type ? { type } : {},
      pagination: { skip: offset, take: limit, order: { handle: "ASC" } },
    }),
    catalogue.brandProductCounts({ sales_channel_ids: salesChannelIds(req) }),
  ])
  const origin_brands = await Promise.all(
    data.map(async (brand: any) => ({
      ...brand,
      regions: await brandRegions(req.scope, brand.region_codes),
      product_count: counts[brand.id] ?? 0,
    }))
  )
  setCatalogueCacheHeaders(res)
  res.json({
    origin_brands,
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
