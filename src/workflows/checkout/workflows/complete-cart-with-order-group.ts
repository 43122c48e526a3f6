import type { CreateOrderDTO } from "@medusajs/framework/types"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  parallelize,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  authorizePaymentSessionStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import { reservePickupCapacityStep } from "../../pickup-checkout/steps/reserve-pickup-capacity"
import { validateCartPickupStep } from "../../pickup-checkout/steps/validate-cart-pickup"
import {
  expectedArrivalDate,
  planOrderPickups,
  withOrderPickup,
} from "../../pickup-checkout/utils/rules"
import { refreshVendorOrderStagesStep } from "../../vendor-orders/steps/refresh-vendor-order-stages"
import { ORDER_GROUP_PLACED } from "../events"
import { createOrderGroupStep } from "../steps/create-order-group"
import { validateCartDeliveryStep } from "../steps/validate-cart-delivery"
import { recordOrderCommissionsStep } from "../steps/record-order-commissions"
import { reserveOrderInventoryStep } from "../steps/reserve-order-inventory"
import { validateCartForOrderGroupStep } from "../steps/validate-cart-for-order-group"
import { orderGroupCartFields } from "../utils/cart-fields"
import { CHECKOUT_LOCK_SECONDS } from "../utils/locking"
import { withOrderDelivery } from "../utils/order-delivery"
import {
  categoriesByProduct,
  orderGroupLinks,
  planVendorOrders,
  reservationItems,
} from "../utils/order-group-plan"

export type CompleteCartWithOrderGroupWorkflowInput = { cart_id: string }

export const completeCartWithOrderGroupWorkflowId =
  "complete-cart-with-order-group"

/**
 * This workflow completes a cart into one order per co-op, grouped in an
 * order group, and is the only way a cart completes: the store's complete
 * route and the payment webhook both run it, locked on the cart id. It
 * checks each pickup method still fits the cart's items and that a cart
 * with a delivery method has a street address, a name and a mainland
 * phone, claims a
 * pickup-point compartment for orders shipped to a point,
 * reserves each order's stock at its co-op's location, records commissions
 * and payout-ledger lines, authorizes the cart's single payment last, and
 * emits order.placed for each order and order_group.placed once. Completing
 * again returns the same group.
 *
 * @example
 * const { result } = await completeCartWithOrderGroupWorkflow(container).run({
 *   input: { cart_id: "cart_123" },
 * })
 */
export const completeCartWithOrderGroupWorkflow = createWorkflow(
  {
    name: completeCartWithOrderGroupWorkflowId,
    store: true,
    idempotent: false,
    retentionTime: 60 * 60 * 24 * 3,
  },
  (input: CompleteCartWithOrderGroupWorkflowInput) => {
    // Waits and lifetime: see CHECKOUT_LOCK_SECONDS. A caller that cannot
    // get the lock gets a 409 (src/api/error-handler.ts).
    acquireLockStep({
      key: input.cart_id,
      timeout: CHECKOUT_LOCK_SECONDS.cart,
      ttl: CHECKOUT_LOCK_SECONDS.cartTtl,
    })

    const [existing, cartQuery] = parallelize(
      useQueryGraphStep({
        entity: "order_group",
        fields: ["id"],
        filters: { cart_id: input.cart_id },
      }).config({ name: "query-existing-group" }),
      useQueryGraphStep({
        entity: "cart",
        fields: orderGroupCartFields,
        filters: { id: input.cart_id },
        options: { throwIfKeyNotFound: true, isList: false },
      }).config({ name: "query-cart" })
    )
    const existingId = transform(
      { existing },
      ({ existing }) => existing.data[0]?.id as string | undefined
    )
    // The graph result is wider than the shapes our pure helpers declare.
    const cart = transform(
      { cartQuery },
      ({ cartQuery }) => cartQuery.data as any
    )

    const validate = createHook("validate", { input, cart })

    const created = when(
      "create-order-group",
      { existingId },
      ({ existingId }) => !existingId
    ).then(() => {
      validateCartForOrderGroupStep({ cart })
      validateCartPickupStep({ cart })
      validateCartDeliveryStep({ cart })
      const paymentSessions = validateCartPaymentsStep({ cart })

      const plan = transform({ cart }, ({ cart }) => planVendorOrders(cart))
      const groupInput = transform({ cart }, ({ cart }) => ({
        cart_id: cart.id,
        customer_id: cart.customer?.id ?? null,
        email: cart.email,
        currency_code: cart.currency_code,
      }))
      const group = createOrderGroupStep(groupInput)
      // Orders shipped to a pickup point record the point, zone, arrival
      // day and locker consent, and claim a compartment once created.
      const pickups = transform({ cart, plan }, ({ cart, plan }) =>
        planOrderPickups(cart, plan.orders as any, new Date())
      )
      // Orders the co-op delivers record the day they are expected.
      const orderData = transform({ plan, pickups }, ({ plan, pickups }) => {
        const arrival_date = expectedArrivalDate(new Date())
        return plan.orders.map((order, i) => ({
          ...order,
          metadata: withOrderDelivery(
            withOrderPickup(order.metadata, pickups[i]),
            pickups[i] ? null : { arrival_date }
          ),
        })) as unknown as CreateOrderDTO[]
      })
      const orders = createOrdersStep(orderData)
      const pickupClaims = transform(
        { orders, pickups },
        ({ orders, pickups }) => ({
          reservations: pickups.flatMap((p, i) =>
            p
              ? [
                  {
                    order_id: orders[i].id,
                    point_id: p.point_id,
                    zone: p.zone,
                    arrival_date: p.arrival_date,
                  },
                ]
              : []
          ),
        })
      )
      reservePickupCapacityStep(pickupClaims)

      const links = transform(
        { cart, group, orders, plan },
        ({ cart, group, orders, plan }) =>
          orderGroupLinks({
            cart,
            group_id: group.id,
            order_ids: orders.map((o) => o.id),
            vendor_ids: plan.vendor_ids,
          })
      )
      const reservations = transform({ cart, orders }, ({ cart, orders }) =>
        reservationItems({ cart, orders: orders as any })
      )
      const completedAt = transform({ cart }, ({ cart }) => [
        { id: cart.id, completed_at: new Date() },
      ])
      const placedEvents = transform({ orders }, ({ orders }) =>
        orders.map((o) => ({ id: o.id }))
      )
      parallelize(
        createRemoteLinkStep(links),
        updateCartsStep(completedAt),
        reserveOrderInventoryStep(reservations)
      )

      const orderIds = transform({ orders }, ({ orders }) =>
        orders.map((o) => o.id)
      )
      // The co-op's order list counts and pages by this stored stage.
      refreshVendorOrderStagesStep({ order_ids: orderIds })
      const { data: placed } = useQueryGraphStep({
        entity: "order",
        fields: [
          "id",
          "currency_code",
          "total",
          "items.id",
          "items.product_id",
          "items.total",
        ],
        filters: { id: orderIds },
      }).config({ name: "query-placed-orders" })
      const commissionInput = transform(
        { placed, plan, orders, cart },
        ({ placed, plan, orders, cart }) => ({
          orders: placed as any,
          vendors: plan.vendors,
          orderVendor: Object.fromEntries(
            orders.map((o, i) => [o.id, plan.vendor_ids[i]])
          ),
          categoriesByProduct: categoriesByProduct(cart),
        })
      )
      recordOrderCommissionsStep(commissionInput)

      emitEventStep({
        eventName: OrderWorkflowEvents.PLACED,
        data: placedEvents,
      }).config({
        name: "emit-orders-placed",
      })
      emitEventStep({
        eventName: ORDER_GROUP_PLACED,
        data: { id: group.id },
      }).config({
        name: "emit-order-group-placed",
      })

      // Authorize last, as Medusa's own completion does: everything before
      // it rolls back if authorization fails.
      authorizePaymentSessionStep({ id: paymentSessions[0].id })
      return group
    })

    releaseLockStep({ key: input.cart_id })

    const result = transform(
      { created, existingId },
      ({ created, existingId }) => ({
        order_group_id: (created?.id ?? existingId) as string,
        created: !!created,
      })
    )
    return new WorkflowResponse(result, { hooks: [validate] })
  }
)
