import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
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

/**
 * Whether the caller must not see an order group's details: it was placed
 * from a customer account and the caller is not that signed-in customer.
 * Guest checkouts stay readable by whoever holds the cart id.
 */
export async function isHiddenFromCaller(
  req: AuthenticatedMedusaRequest,
  customerId: string | null | undefined
): Promise<boolean> {
  if (!customerId) {
    return false
  }
  const caller = req.auth_context
  if (caller?.actor_type === "customer" && caller.actor_id === customerId) {
    return false
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "has_account"],
    filters: { id: customerId },
  })
  return !!customer?.has_account
}
