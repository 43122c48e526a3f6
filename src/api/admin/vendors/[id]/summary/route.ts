import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../../modules/marketplace/service"
import type { AdminGetVendorSummaryParamsType } from "./validators"

const STATUSES = ["pending", "payable", "paid", "cancelled"] as const

/**
 * What the admin co-op page shows beside the co-op itself: its products,
 * its recent orders and its payout ledger with totals per status. Order
 * and ledger counts and totals are computed in the database.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetVendorSummaryParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const marketplace =
    req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const { recent } = req.validatedQuery
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: [
      "id",
      "products.id",
      "products.title",
      "products.handle",
      "products.status",
      "products.thumbnail",
    ],
    filters: { id: req.params.id },
  })
  if (!vendor) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op "${req.params.id}" was not found.`
    )
  }
  const [page, lines, sums] = await Promise.all([
    marketplace.listVendorOrderPage(vendor.id, { skip: 0, take: recent }),
    query.graph({
      entity: "payout_line",
      fields: ["*"],
      filters: { vendor_id: vendor.id },
      pagination: { take: recent, skip: 0, order: { created_at: "DESC" } },
    }),
    marketplace.sumVendorPayoutLines(vendor.id),
  ])
  const orders = page.order_ids.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "display_id",
          "status",
          "currency_code",
          "total",
          "created_at",
        ],
        filters: { id: page.order_ids },
        pagination: { order: { created_at: "DESC" } },
      })
    : { data: [] }
  const totals = Object.fromEntries(
    STATUSES.map((status) => [
      status,
      sums[status] ?? { count: 0, gross: 0, commission: 0, net: 0 },
    ])
  )
  res.json({
    products: (vendor.products ?? []).filter(Boolean),
    orders: { orders: orders.data, count: page.count },
    ledger: {
      payout_lines: lines.data,
      count: Object.values(sums).reduce((n, s) => n + s.count, 0),
      totals,
    },
  })
}
