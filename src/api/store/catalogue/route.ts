import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import type { CatalogueFilters } from "../../../modules/catalogue/types"
import { toStoreProduct } from "../../../modules/catalogue/utils/present"
import {
  cachedFacets,
  labelFacets,
  salesChannelIds,
  setCatalogueCacheHeaders,
} from "./helpers"
import type { StoreGetCatalogueParamsType } from "./validators"

/**
 * The storefront's listing from the catalogue read model: CNY prices,
 * grades, brand and co-op, with facet counts under the active filters.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreGetCatalogueParamsType>,
  res: MedusaResponse
) {
  const catalogue = req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const {
    sort,
    limit,
    offset,
    facets: withFacets,
    ...rest
  } = req.validatedQuery
  const filters: CatalogueFilters = {
    ...rest,
    sales_channel_ids: salesChannelIds(req),
  }
  const [page, facets] = await Promise.all([
    catalogue.listCatalogue(filters, { sort, limit, offset }),
    withFacets
      ? cachedFacets(JSON.stringify(filters), () =>
          catalogue.catalogueFacets(filters)
        )
      : undefined,
  ])
  const now = new Date()
  setCatalogueCacheHeaders(res)
  res.json({
    products: page.rows.map((row) => toStoreProduct(row, now)),
    count: page.count,
    offset,
    limit,
    ...(facets ? { facets: await labelFacets(req.scope, facets) } : {}),
  })
}
