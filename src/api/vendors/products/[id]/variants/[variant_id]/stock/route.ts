import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setVendorVariantStockWorkflow } from "../../../../../../../workflows/vendor-products"
import type { VendorRequest } from "../../../../../../utils/vendor-context"
import type { VendorSetVariantStockType } from "../../../../validators"

/** Sets a variant's stock at the caller's co-op's location (any member). */
export async function POST(
  req: VendorRequest<VendorSetVariantStockType>,
  res: MedusaResponse
) {
  const { result } = await setVendorVariantStockWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      product_id: req.params.id,
      variant_id: req.params.variant_id,
      stocked_quantity: req.validatedBody.stocked_quantity,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [level],
  } = await query.graph({
    entity: "inventory_level",
    fields: [
      "id",
      "inventory_item_id",
      "location_id",
      "stocked_quantity",
      "reserved_quantity",
      "available_quantity",
    ],
    filters: {
      inventory_item_id: result.inventory_item_id,
      location_id: result.location_id,
    },
  })
  res.json({ variant_id: req.params.variant_id, inventory_level: level })
}
