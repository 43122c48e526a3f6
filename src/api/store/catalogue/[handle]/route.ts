import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../../modules/catalogue"
import type CatalogueModuleService from "../../../../modules/catalogue/service"
import { toStoreProduct } from "../../../../modules/catalogue/utils/present"
import { cachedCatalogue } from "../../../../workflows/catalogue/utils/response-cache"
import { salesChannelIds, sendCatalogueJson } from "../helpers"

/** One product of the read model, by handle, as the product page shows it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const catalogue = req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const { handle } = req.params
  const channels = salesChannelIds(req)
  // An unknown handle caches as "" so probing handles stays cheap too.
  const body = await cachedCatalogue(
    req.scope,
    `product:${JSON.stringify(channels)}:${handle}`,
    async () => {
      const row = await catalogue.retrieveCatalogueRow(handle, {
        sales_channel_ids: channels,
      })
      return row
        ? JSON.stringify({
            product: toStoreProduct(row, new Date(), { detail: true }),
          })
        : ""
    }
  )
  if (!body) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `未找到该商品 / Product with handle "${handle}" was not found.`
    )
  }
  sendCatalogueJson(res, body)
}
