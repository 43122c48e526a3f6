import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVendorProductsWorkflow } from "../../../workflows/vendor-products"
import type { VendorRequest } from "../../utils/vendor-context"
import { retrieveVendorProduct, vendorProductIds } from "./helpers"
import { vendorProductFields } from "./query-config"
import type {
  VendorCreateProductType,
  VendorGetProductsParamsType,
} from "./validators"

/** The caller's co-op's own products, with `q` and `status` filters. */
export async function GET(
  req: VendorRequest<unknown, VendorGetProductsParamsType>,
  res: MedusaResponse
) {
  const ids = await vendorProductIds(req.scope, req.vendor_context.vendor_id)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  if (!ids.length) {
    return res.json({ products: [], count: 0, offset: skip, limit: take })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: {
      id: ids,
      ...(q ? { q } : {}),
      ...(status ? { status } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    products,
    count: metadata?.count ?? products.length,
    offset: metadata?.skip ?? skip,
    limit: metadata?.take ?? take,
  })
}

/** Creates a product for the caller's co-op (owners and managers). */
export async function POST(
  req: VendorRequest<VendorCreateProductType>,
  res: MedusaResponse
) {
  const { additional_data, ...product } = req.validatedBody
  const {
    result: [created],
  } = await createVendorProductsWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      products: [{ ...product, status: product.status ?? undefined }],
      additional_data,
    },
  })
  const body = await retrieveVendorProduct(
    req.scope,
    req.vendor_context.vendor_id,
    created.id,
    vendorProductFields
  )
  res.status(201).json({ product: body })
}
