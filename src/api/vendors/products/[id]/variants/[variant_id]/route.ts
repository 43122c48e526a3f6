import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteVendorProductVariantWorkflow } from "../../../../../../workflows/vendor-products"
import type { VendorRequest } from "../../../../../utils/vendor-context"
import { retrieveVendorProduct } from "../../../helpers"
import { vendorProductFields } from "../../../query-config"

/** Removes a size from one of the caller's co-op's products (owners and managers). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { vendor_id } = req.vendor_context
  await deleteVendorProductVariantWorkflow(req.scope).run({
    input: {
      vendor_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
    },
  })
  const parent = await retrieveVendorProduct(
    req.scope,
    vendor_id,
    req.params.id,
    vendorProductFields
  )
  res.json({
    id: req.params.variant_id,
    object: "variant",
    deleted: true,
    parent,
  })
}
