import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { publicVendorProducts, vendorRegion } from "../../../utils/vendor-views"

/** An active co-op's public profile and its published products. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: [
      "id",
      "region_code",
      ...req.queryConfig.fields,
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
      "products.sales_channels.id",
    ],
    filters: { handle: req.params.handle, status: "active" },
  })
  if (!vendor) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op "${req.params.handle}" was not found.`
    )
  }
  const channelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { products, ...profile } = vendor
  res.json({
    vendor: {
      ...profile,
      region: vendorRegion(vendor.region_code),
      products: publicVendorProducts(products, channelIds),
    },
  })
}
