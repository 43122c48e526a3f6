import type { MedusaResponse } from "@medusajs/framework/http"
import { createVendorProductVariantWorkflow } from "../../../../../workflows/vendor-products"
import type { VendorRequest } from "../../../../utils/vendor-context"
import { retrieveVendorProduct } from "../../helpers"
import { vendorProductFields } from "../../query-config"
import type { VendorCreateVariantType } from "../../variant-validators"

/** Adds a size to one of the caller's co-op's products (owners and managers). */
export async function POST(
  req: VendorRequest<VendorCreateVariantType>,
  res: MedusaResponse
) {
  const { vendor_id } = req.vendor_context
  const {
    result: [variant],
  } = await createVendorProductVariantWorkflow(req.scope).run({
    input: {
      vendor_id,
      product_id: req.params.id,
      variant: {
        ...req.validatedBody,
        options: req.validatedBody.options ?? undefined,
      },
    },
  })
  const product = await retrieveVendorProduct(
    req.scope,
    vendor_id,
    req.params.id,
    vendorProductFields
  )
  res.status(201).json({ product, variant_id: variant.id })
}
