import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { findNotSellingProducts } from "../../../workflows/vendor-products/utils/vendor-selling"
import { hiddenProductIds } from "../products/vendor-filters"

/** GET /store/product-variants leaves out the variants of hidden products. */
async function hideNotSellingVariants(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const hidden = await hiddenProductIds(req)
  if (hidden.length) {
    const filters = req.filterableFields as Record<string, unknown>
    filters.$and = [
      ...((filters.$and as unknown[]) ?? []),
      { product_id: { $nin: hidden } },
    ]
  }
  next()
}

/** GET /store/product-variants/:id is not found while its co-op is not selling. */
async function refuseNotSellingVariant(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [blocked] = await findNotSellingProducts(query, [
    { variant_id: req.params.id },
  ])
  if (blocked) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `该合作社暂停销售 / Variant "${req.params.id}" is not available: its co-op "${blocked.vendor_name}" is not selling at the moment.`
    )
  }
  next()
}

/**
 * Medusa's category and collection routes can embed products
 * (`fields=*products`), which no co-op filter reaches: the store lists a
 * category's products through GET /store/products?category_id= instead.
 * RegExp matchers run before Medusa's query validator, which strips the
 * disallowed relation.
 */
function withoutEmbeddedProducts(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  ;(req as MedusaRequest & { disallowed?: string[] }).disallowed = [
    ...((req as MedusaRequest & { disallowed?: string[] }).disallowed ?? []),
    "products",
  ]
  next()
}

// Medusa's own store routes that list variants or embed products: closed to
// co-ops that may not sell, as /store/products is (../products/middlewares.ts).
export const storeProductVariantsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/product-variants",
    methods: ["GET"],
    middlewares: [hideNotSellingVariants],
  },
  {
    matcher: "/store/product-variants/:id",
    methods: ["GET"],
    middlewares: [refuseNotSellingVariant],
  },
  {
    matcher: /^\/store\/(product-categories|collections)(\/[^/]+)?\/?$/,
    methods: ["GET"],
    middlewares: [withoutEmbeddedProducts],
  },
]
