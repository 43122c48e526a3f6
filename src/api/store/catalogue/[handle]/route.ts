import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../../modules/catalogue"
import type CatalogueModuleService from "../../../../modules/catalogue/service"
import { toStoreProduct } from "../../../../modules/catalogue/utils/present"
import { salesChannelIds, setCatalogueCacheHeaders } from "../helpers"

/** One product of the read model, by handle, as the product page shows it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const catalogue = req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const row = await catalogue.retrieveCatalogueRow(req.params.handle, {
    sales_channel_ids: salesChannelIds(req),
  })
  if (!row) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `未找到该商品 / Product with handle "${req.params.handle}" was not found.`
    )
  }
  setCatalogueCacheHeaders(res)
  res.json({ product: toStoreProduct(row, new Date()) })
}
