import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ReportLine } from "./report"

/** Adds each line's co-op name and its order's display number. */
export async function withNames<T extends ReportLine>(
  scope: MedusaContainer,
  lines: T[]
): Promise<T[]> {
  if (!lines.length) {
    return lines
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [...new Set(lines.map((l) => l.vendor_id))]
  const orderIds = [...new Set(lines.map((l) => l.order_id))]
  const [{ data: vendors }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "vendor",
      fields: ["id", "name"],
      filters: { id: vendorIds },
    }),
    query.graph({
      entity: "order",
      fields: ["id", "display_id"],
      filters: { id: orderIds },
    }),
  ])
  const vendorName = new Map(vendors.map((v: any) => [v.id, v.name]))
  const displayId = new Map(orders.map((o: any) => [o.id, o.display_id]))
  return lines.map((line) => ({
    ...line,
    vendor_name: vendorName.get(line.vendor_id) ?? null,
    order_display_id: displayId.get(line.order_id) ?? null,
  }))
}
