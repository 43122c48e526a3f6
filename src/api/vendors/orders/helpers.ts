import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import VendorOrderLink from "../../../links/vendor-order"
import { vendorOrderFields } from "./query-config"

/** Ids of the co-op's orders, newest first. */
export async function vendorOrderIds(
  container: MedusaContainer,
  vendorId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: VendorOrderLink.entryPoint,
    fields: ["order_id", "created_at"],
    filters: { vendor_id: vendorId },
  })
  return data
    .sort((a: any, b: any) => +new Date(b.created_at) - +new Date(a.created_at))
    .map((l: any) => l.order_id)
}

/**
 * Orders with Medusa's computed fulfilment and payment statuses, limited to
 * the given ids.
 */
export async function listOrders(
  container: MedusaContainer,
  ids: string[],
  pagination: { skip: number; take: number }
) {
  if (!ids.length) {
    return { orders: [], count: 0 }
  }
  const { result } = await getOrdersListWorkflow(container).run({
    input: {
      fields: vendorOrderFields,
      variables: {
        filters: { id: ids },
        skip: pagination.skip,
        take: pagination.take,
        order: { created_at: "DESC" },
      },
    },
  })
  const { rows, metadata } = result as any
  return { orders: rows, count: metadata?.count ?? rows.length }
}

/** One of the co-op's orders, or a 404 that does not reveal others'. */
export async function retrieveVendorOrder(
  container: MedusaContainer,
  vendorId: string,
  orderId: string
) {
  const ids = await vendorOrderIds(container, vendorId)
  if (!ids.includes(orderId)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order "${orderId}" was not found.`
    )
  }
  const { orders } = await listOrders(container, [orderId], {
    skip: 0,
    take: 1,
  })
  return orders[0]
}
