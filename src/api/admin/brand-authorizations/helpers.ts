import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchOne } from "../utils/refetch"
import { adminBrandAuthorizationFields } from "./query-config"

type Authorization = { vendor_id: string }

/** Adds each authorization's co-op (id, name, handle) for display. */
export async function withVendors<T extends Authorization>(
  scope: MedusaContainer,
  authorizations: T[]
) {
  const ids = [...new Set(authorizations.map((a) => a.vendor_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = ids.length
    ? await query.graph({
        entity: "vendor",
        fields: ["id", "name", "handle"],
        filters: { id: ids },
      })
    : { data: [] as { id: string }[] }
  const byId = new Map(vendors.map((v: { id: string }) => [v.id, v] as const))
  return authorizations.map((a) => ({
    ...a,
    vendor: byId.get(a.vendor_id) ?? null,
  }))
}

/** One authorization as the admin API returns it; 404 when missing. */
export async function refetchBrandAuthorization(
  scope: MedusaContainer,
  id: string,
  fields: string[] = adminBrandAuthorizationFields
) {
  const authorization = await refetchOne(
    scope,
    "brand_authorization",
    "Brand authorization",
    id,
    fields
  )
  const [withVendor] = await withVendors(scope, [authorization])
  return withVendor
}
