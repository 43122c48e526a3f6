import type { MedusaResponse } from "@medusajs/framework/http"
import { setProductBrandWorkflow } from "../../../../../workflows/claims"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { VendorSetProductBrandType } from "../../claims-validators"
import { retrieveVendorProduct } from "../../helpers"
import { vendorProductClaimFields } from "../../query-config"

/**
 * Puts the product under a brand the co-op is authorized for, or clears
 * its brand with `brand_handle: null`.
 */
export async function POST(
  req: VendorRequest<VendorSetProductBrandType>,
  res: MedusaResponse
) {
  await setProductBrandWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      product_id: req.params.id,
      brand_handle: req.validatedBody.brand_handle,
    },
  })
  const product = await retrieveVendorProduct(
    req.scope,
    req.vendor_context.vendor_id,
    req.params.id,
    ["id", "title", ...vendorProductClaimFields]
  )
  res.json({ product })
}
