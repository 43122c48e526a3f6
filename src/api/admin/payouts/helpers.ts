import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Adds each payout's co-op name. */
export async function withVendorNames<T extends { vendor_id: string }>(
  scope: MedusaContainer,
  payouts: T[]
) {
  if (!payouts.length) {
    return payouts
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id", "name"],
    filters: { id: [...new Set(payouts.map((p) => p.vendor_id))] },
  })
  const names = new Map(vendors.map((v: any) => [v.id, v.name]))
  return payouts.map((p) => ({
    ...p,
    vendor_name: names.get(p.vendor_id) ?? null,
  }))
}
