import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import {
  findNotSellingProducts,
  notSellingProductIds,
  productIdsOfVendors,
  UNAPPROVED_STATUSES,
} from "../../../workflows/vendor-products/utils/vendor-selling"

type VendorFilter = { vendor_ids?: string[]; vendor_handles?: string[] }
type StoreProductsRequest = MedusaRequest & { vendor_filter?: VendorFilter }

/** Co-op fields a shopper may read through `fields=*vendor` or `+vendor.x`. */
export const PUBLIC_VENDOR_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "region_code",
  "description_zh",
  "description_en",
  "logo",
]

function listParam(name: string, value: unknown): string[] | undefined {
  if (value === undefined) {
    return
  }
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === "string" ? v.split(",") : [v]
  )
  if (
    !values.length ||
    values.some((v) => typeof v !== "string" || !v.trim() || v.length > 100)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name} must be one or more non-empty co-op ${name === "vendor_id" ? "ids" : "handles"}, repeated or comma-separated.`
    )
  }
  return values.map((v) => (v as string).trim())
}

/**
 * Lets shoppers ask for the public co-op fields (`fields=*vendor`,
 * `+vendor.name`): the store's product validator drops fields it does not
 * know unless they are added to `req.allowed` before it runs.
 */
export function allowVendorFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  req.allowed = [
    ...(req.allowed ?? []),
    "vendor",
    ...PUBLIC_VENDOR_FIELDS.map((f) => `vendor.${f}`),
  ]
  next()
}

/**
 * Takes `vendor_id` and `vendor_handle` off the query before Medusa's strict
 * store-products validator sees them (it rejects unknown parameters), and
 * allows the co-op fields.
 */
export function takeVendorFilters(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const vendorIds = listParam("vendor_id", req.query.vendor_id)
  const vendorHandles = listParam("vendor_handle", req.query.vendor_handle)
  delete req.query.vendor_id
  delete req.query.vendor_handle
  if (vendorIds || vendorHandles) {
    ;(req as StoreProductsRequest).vendor_filter = {
      vendor_ids: vendorIds,
      vendor_handles: vendorHandles,
    }
  }
  allowVendorFields(req, res, next)
}

/** `vendor.*` means the public co-op fields only. */
function limitVendorFields(req: MedusaRequest) {
  const fields = req.queryConfig?.fields
  if (!fields?.includes("vendor.*")) {
    return
  }
  req.queryConfig.fields = [
    ...new Set(
      fields.flatMap((field) =>
        field === "vendor.*"
          ? PUBLIC_VENDOR_FIELDS.map((f) => `vendor.${f}`)
          : [field]
      )
    ),
  ]
}

/**
 * Published products of co-ops pending review or rejected: only an admin
 * can have published them (the co-op may save drafts only). Read from the
 * catalogue read model, which holds published products only, so the read is
 * as small as the products an admin published, not every draft of every
 * self-registered co-op.
 */
async function unapprovedPublishedProductIds(
  req: MedusaRequest
): Promise<string[]> {
  const catalogue = req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
  const rows = await catalogue.listCatalogueProducts(
    { vendor_status: [...UNAPPROVED_STATUSES] },
    { select: ["id"] }
  )
  return rows.map((r: { id: string }) => r.id)
}

/**
 * Every product the store must not show: those of suspended and closed
 * co-ops, and those an admin published for a co-op not yet approved.
 */
export async function hiddenProductIds(req: MedusaRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  return [
    ...(await notSellingProductIds(query)),
    ...(await unapprovedPublishedProductIds(req)),
  ]
}

/**
 * Narrows GET /store/products to the requested co-ops and drops the products
 * of co-ops that are not active: those of suspended and closed co-ops read
 * fresh on every request, without a cache, so a suspension shows at once,
 * and the few an admin published for a co-op not yet approved.
 */
export async function applyVendorProductFilters(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  limitVendorFields(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filter = (req as StoreProductsRequest).vendor_filter
  const conditions: Record<string, unknown>[] = []
  if (filter) {
    conditions.push({ id: await productIdsOfVendors(query, filter) })
  }
  const hidden = await hiddenProductIds(req)
  if (hidden.length) {
    conditions.push({ id: { $nin: hidden } })
  }
  if (conditions.length) {
    const filters = req.filterableFields as Record<string, unknown>
    filters.$and = [...((filters.$and as unknown[]) ?? []), ...conditions]
  }
  next()
}

/** GET /store/products/:id is not found while the product's co-op is not selling. */
export async function refuseNotSellingProduct(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  limitVendorFields(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [blocked] = await findNotSellingProducts(query, [
    { product_id: req.params.id },
  ])
  if (blocked) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `该合作社暂停销售 / Product "${req.params.id}" is not available: its co-op "${blocked.vendor_name}" is not selling at the moment.`
    )
  }
  next()
}
