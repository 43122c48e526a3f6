import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { updateVendorWorkflow } from "../../../../workflows/marketplace"
import {
  countProductsByStatus,
  vendorRegion,
} from "../../../utils/vendor-views"
import { adminVendorFields } from "../helpers"
import type { AdminUpdateVendorType } from "../validators"

async function fetchVendorDetail(
  req: AuthenticatedMedusaRequest<unknown>,
  fields: string[]
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: [...fields, "products.id", "products.status"],
    filters: { id: req.params.id },
  })
  if (!vendor) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op "${req.params.id}" was not found.`
    )
  }
  const { products, ...rest } = vendor
  return {
    ...rest,
    region: vendorRegion(vendor.region_code),
    product_counts: countProductsByStatus(products),
  }
}

/**
 * One co-op with its members, status history, stock location, shipping
 * profile and product counts.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ vendor: await fetchVendorDetail(req, req.queryConfig.fields) })
}

/** Platform edits: commission rate, name, descriptions and logo. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateVendorType>,
  res: MedusaResponse
) {
  await updateVendorWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, update: req.validatedBody },
  })
  res.json({ vendor: await fetchVendorDetail(req, adminVendorFields) })
}
