import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderGroupOrderFields } from "./query-config"

/**
 * An order group as the store shows it: the group and its co-op orders,
 * each carrying its vendor_id.
 */
export async function retrieveOrderGroup(
  container: MedusaContainer,
  orderGroupId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "display_id",
      "cart_id",
      "customer_id",
      "email",
      "currency_code",
      "created_at",
      ...orderGroupOrderFields.map((f) => `orders.${f}`),
    ],
    filters: { id: orderGroupId },
  })
  const orders = (group.orders ?? []).map((order: any) => ({
    ...order,
    vendor_id: order.vendor?.id ?? null,
  }))
  return { ...group, orders }
}
