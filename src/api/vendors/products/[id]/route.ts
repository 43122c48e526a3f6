import type { MedusaResponse } from "@medusajs/framework/http"
import {
  deleteVendorProductsWorkflow,
  updateVendorProductWorkflow,
} from "../../../../workflows/vendor-products"
import type { VendorRequest } from "../../../utils/vendor-context"
import { retrieveVendorProduct } from "../helpers"
import { vendorProductFields } from "../query-config"
import type { VendorUpdateProductType } from "../validators"

/** One of the caller's co-op's products; others' are not found. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const product = await retrieveVendorProduct(
    req.scope,
    req.vendor_context.vendor_id,
    req.params.id,
    req.queryConfig.fields
  )
  res.json({ product })
}

/** Updates one of the caller's co-op's products (owners and managers). */
export async function POST(
  req: VendorRequest<VendorUpdateProductType>,
  res: MedusaResponse
) {
  const { additional_data, ...update } = req.validatedBody
  await updateVendorProductWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      product_id: req.params.id,
      update,
      additional_data,
    },
  })
  const product = await retrieveVendorProduct(
    req.scope,
    req.vendor_context.vendor_id,
    req.params.id,
    vendorProductFields
  )
  res.json({ product })
}

/** Soft-deletes one of the caller's co-op's products (owners and managers). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await deleteVendorProductsWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      product_ids: [req.params.id],
    },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
