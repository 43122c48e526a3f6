import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import VendorOrderLink from "../../../links/vendor-order"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  ORDER_STAGE_FIELDS,
  type StageRow,
  vendorOrderStageRows,
} from "../utils/order-stage"

export type RefreshVendorOrderStagesStepInput = {
  order_ids?: string[]
  /** Orders are found through their fulfilments (shipment, delivery events). */
  fulfillment_ids?: string[]
  /**
   * Orders are found through a payment (capture, refund events): the
   * checkout's collection pays every order of its cart, and an order's own
   * collection pays that order.
   */
  payment_ids?: string[]
}

type Compensation = { previous: StageRow[]; created: string[] }

type Query = {
  graph(input: {
    entity: string
    fields: string[]
    filters: Record<string, unknown>
  }): Promise<{ data: any[] }>
}

/** The orders the given payments pay, through their payment collections. */
async function ordersPaidBy(query: Query, paymentIds: string[]) {
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["payment_collection_id"],
    filters: { id: paymentIds },
  })
  const collectionIds = [
    ...new Set(payments.map((p) => p.payment_collection_id).filter(Boolean)),
  ]
  if (!collectionIds.length) {
    return []
  }
  const [{ data: carts }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: collectionIds },
    }),
    query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: collectionIds },
    }),
  ])
  const cartIds = [...new Set(carts.map((c) => c.cart_id))]
  const { data: cartOrders } = cartIds.length
    ? await query.graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cartIds },
      })
    : { data: [] }
  return [...orders, ...cartOrders].map((o) => o.order_id as string)
}

export const refreshVendorOrderStagesStepId = "refresh-vendor-order-stages"

/**
 * This step recomputes the stage of the given co-op orders from the orders
 * themselves and stores it, so running it again, or late, is harmless.
 */
export const refreshVendorOrderStagesStep = createStep(
  refreshVendorOrderStagesStepId,
  async (input: RefreshVendorOrderStagesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const orderIds = new Set(input.order_ids ?? [])
    if (input.fulfillment_ids?.length) {
      const { data } = await query.graph({
        entity: "order_fulfillment",
        fields: ["order_id"],
        filters: { fulfillment_id: input.fulfillment_ids },
      })
      data.forEach((l: { order_id: string }) => orderIds.add(l.order_id))
    }
    if (input.payment_ids?.length) {
      const paid = await ordersPaidBy(query, input.payment_ids)
      paid.forEach((id) => orderIds.add(id))
    }
    if (!orderIds.size) {
      return new StepResponse([] as StageRow[], null as Compensation | null)
    }
    const ids = [...orderIds]
    // Taken before reading: a refresh that read the order later wins, so a
    // late event's refresh cannot put back a stage a newer one replaced.
    const readAt = new Date()
    const [{ data: links }, { data: orders }, previous] = await Promise.all([
      query.graph({
        entity: VendorOrderLink.entryPoint,
        fields: ["order_id", "vendor_id"],
        filters: { order_id: ids },
      }),
      query.graph({
        entity: "order",
        fields: ORDER_STAGE_FIELDS,
        filters: { id: ids },
      }),
      marketplace.listVendorOrderStages({ order_id: ids }),
    ])
    const rows = vendorOrderStageRows(orders as any[], links as any[], readAt)
    await marketplace.upsertVendorOrderStages(rows)
    const had = new Set(previous.map((p) => p.order_id))
    const compensation: Compensation = {
      previous: previous.map((p) => ({
        order_id: p.order_id,
        vendor_id: p.vendor_id,
        stage: p.stage,
        placed_at: p.placed_at,
        display_id: p.display_id ?? null,
        refreshed_at: p.refreshed_at,
      })),
      created: rows.map((r) => r.order_id).filter((id) => !had.has(id)),
    }
    return new StepResponse(rows, compensation as Compensation | null)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const now = new Date()
    await marketplace.upsertVendorOrderStages(
      compensation.previous.map((p) => ({ ...p, refreshed_at: now }))
    )
    if (compensation.created.length) {
      const created = await marketplace.listVendorOrderStages(
        { order_id: compensation.created },
        { select: ["id"] }
      )
      await marketplace.deleteVendorOrderStages(created.map((r) => r.id))
    }
  }
)
