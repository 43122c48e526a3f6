import type { MedusaResponse } from "@medusajs/framework/http"
import { updateProductCertificationsWorkflow } from "../../../../../workflows/claims"
import type { VendorRequest } from "../../../../utils/vendor-context"
import type { VendorUpdateProductCertificationsType } from "../../claims-validators"
import { retrieveVendorProduct } from "../../helpers"
import { vendorProductClaimFields } from "../../query-config"

/** Attaches the co-op's valid certificates to the product, detaches others. */
export async function POST(
  req: VendorRequest<VendorUpdateProductCertificationsType>,
  res: MedusaResponse
) {
  await updateProductCertificationsWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      product_id: req.params.id,
      add: req.validatedBody.add,
      remove: req.validatedBody.remove,
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
