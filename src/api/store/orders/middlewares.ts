import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { StoreCancelOrder } from "./validators"

/** Every store order comes with its co-op and its checkout's order group. */
const GROUP_FIELDS = [
  "order_group.id",
  "order_group.display_id",
  "vendor.id",
  "vendor.name",
  "vendor.handle",
]

function withGroupFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const fields = req.queryConfig?.fields
  if (fields) {
    for (const field of GROUP_FIELDS) {
      if (!fields.includes(field)) {
        fields.push(field)
      }
    }
  }
  next()
}

/**
 * Medusa answers GET /store/orders/:id for anyone holding the id. An order
 * placed from a customer account is shown only to that signed-in customer;
 * a guest checkout's order stays reachable by its id, which the
 * confirmation page needs.
 */
async function onlyTheOrdersCustomer(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const ownerOnly = order?.customer?.has_account
  if (ownerOnly && req.auth_context?.actor_id !== order.customer_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order "${req.params.id}" was not found.`
    )
  }
  next()
}

// Runs after Medusa's own query validation for these routes, which sets
// req.queryConfig; the customer scoping stays Medusa's.
export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/orders",
    methods: ["GET"],
    middlewares: [withGroupFields],
  },
  {
    matcher: "/store/orders/:id",
    methods: ["GET"],
    middlewares: [onlyTheOrdersCustomer, withGroupFields],
  },
  {
    matcher: "/store/orders/:id/cancel",
    methods: ["POST"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformBody(StoreCancelOrder),
    ],
  },
]
