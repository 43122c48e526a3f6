import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../../modules/catalogue"
import type CatalogueModuleService from "../../../../modules/catalogue/service"
import {
  isValidAt,
  toStoreProduct,
} from "../../../../modules/catalogue/utils/present"
import {
  salesChannelIds,
  setCatalogueCacheHeaders,
} from "../../catalogue/helpers"
import { brandRegions } from "../helpers"
import { STORE_BRAND_DETAIL_FIELDS } from "../query-config"
import type { StoreGetOriginBrandParamsType } from "../validators"

/**
 * A brand's story, regions and seasons, the co-ops authorized to use it now,
 * and its products whose claim holds, from the catalogue read model.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreGetOriginBrandParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const catalogue = req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const { limit, offset } = req.validatedQuery
  const {
    data: [brand],
  } = await query.graph({
    entity: "brand",
    fields: STORE_BRAND_DETAIL_FIELDS,
    filters: { handle: req.params.handle },
  })
  if (!brand) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `未找到该品牌 / Origin brand "${req.params.handle}" was not found.`
    )
  }
  const now = new Date()
  const vendorIds = [
    ...new Set(
      (brand.authorizations ?? [])
        .filter((a: any) => a && isValidAt(a.valid_from, a.valid_to, now))
        .map((a: any) => a.vendor_id)
    ),
  ]
  const [{ data: vendors }, page] = await Promise.all([
    vendorIds.length
      ? query.graph({
          entity: "vendor",
          fields: ["id", "handle", "name", "region_code"],
          filters: { id: vendorIds, status: "active" },
        })
      : Promise.resolve({ data: [] as any[] }),
    catalogue.listCatalogue(
      { brand: [brand.handle], sales_channel_ids: salesChannelIds(req) },
      { sort: "newest", limit, offset }
    ),
  ])
  const { authorizations, ...rest } = brand as any
  setCatalogueCacheHeaders(res)
  res.json({
    origin_brand: {
      ...rest,
      regions: await brandRegions(req.scope, rest.region_codes),
      vendors,
      products: page.rows.map((row) => toStoreProduct(row, now)),
      product_count: page.count,
    },
  })
}
