import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import type { CatalogueFilters } from "../../../modules/catalogue/types"
import { toStoreProduct } from "../../../modules/catalogue/utils/present"
import { cachedCatalogue } from "../../../workflows/catalogue/utils/response-cache"
import { labelFacets, salesChannelIds, sendCatalogueJson } from "./helpers"
import type { StoreGetCatalogueParamsType } from "./validators"

/**
 * The storefront's listing from the catalogue read model: CNY prices,
 * grades, brand and co-op, with facet counts under the active filters.
 * Whole bodies are cached per query until the next catalogue refresh.
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
  const filterKey = JSON.stringify(filters)
  const body = await cachedCatalogue(
    req.scope,
    `list:${filterKey}:${sort}:${limit}:${offset}:${withFacets}`,
    async () => {
      const [page, facets] = await Promise.all([
        catalogue.listCatalogue(filters, { sort, limit, offset }),
        withFacets
          ? // Shared by every page and sort of the same filters.
            cachedCatalogue(req.scope, `facets:${filterKey}`, async () =>
              labelFacets(req.scope, await catalogue.catalogueFacets(filters))
            )
          : undefined,
      ])
      const now = new Date()
      return JSON.stringify({
        products: page.rows.map((row) => toStoreProduct(row, now)),
        count: page.count,
        offset,
        limit,
        ...(facets ? { facets } : {}),
      })
    }
  )
  sendCatalogueJson(res, body)
}
