import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The record references a co-op body may carry, by path with array indexes
 * left out, and why each is safe. Anything else that names a record (`id`
 * below the top level, `*_id`, `*_ids`, `inventory_items`,
 * `sales_channels`) is refused before any route runs, so a new /vendors
 * route cannot take another tenant's ids by accident: adding one here is a
 * decision, with its check named.
 */
export const VENDOR_BODY_REFERENCES: Record<string, string> = {
  // Platform-wide records that every co-op shares.
  "categories.id": "product categories are the platform's taxonomy",
  "tags.id": "product tags are shared by every co-op",
  type_id: "product types are shared by every co-op",
  collection_id: "collections are the platform's",
  // The co-op's own records, checked by the workflow that takes them.
  product_id:
    "declare-vendor-certification: validate-certification-declaration answers 404 for a product that is not the co-op's",
  "variants.id":
    "update-vendor-product: validate-product-references refuses a variant that is not the product's",
  "options.id":
    "update-vendor-product: validate-product-references refuses an option that is not the product's",
  "items.id":
    "create-vendor-fulfillment: Medusa's createOrderFulfillmentWorkflow refuses items that are not the order's",
}

const REFERENCE_KEY = /(_id|_ids)$/
const ALWAYS_REFERENCES = new Set(["inventory_items", "sales_channels"])

/** The body paths that name records and are not in `VENDOR_BODY_REFERENCES`. */
export function unlistedReferences(
  value: unknown,
  path: string[] = [],
  found: string[] = []
): string[] {
  if (!value || typeof value !== "object") {
    return found
  }
  const isArray = Array.isArray(value)
  for (const [key, item] of Object.entries(value)) {
    const at = isArray ? path : [...path, key]
    if (!isArray) {
      const name = at.join(".")
      const isReference =
        ALWAYS_REFERENCES.has(key) ||
        REFERENCE_KEY.test(key) ||
        (key === "id" && path.length > 0)
      // additional_data is ours to define, and metadata is free text.
      if (key === "metadata") {
        continue
      }
      if (isReference && !(name in VENDOR_BODY_REFERENCES)) {
        found.push(name)
        continue
      }
    }
    unlistedReferences(item, at, found)
  }
  return found
}

/**
 * Refuses a /vendors body that names records a co-op may not point at,
 * e.g. `variants[].inventory_items` (another co-op's stock) or
 * `stock_location_id`.
 */
export function refuseForeignReferences(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method !== "POST") {
    return next()
  }
  const refused = unlistedReferences(req.body)
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${refused.join(", ")} cannot be set by a co-op: ${
        refused.length > 1 ? "they refer" : "it refers"
      } to records the platform assigns or that belong to someone else.`
    )
  }
  next()
}
