import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { sumLines } from "../../../payout-lines/utils/report"
import type { AdminGetVendorSummaryParamsType } from "./validators"

const STATUSES = ["pending", "payable", "paid", "cancelled"] as const

/**
 * What the admin co-op page shows beside the co-op itself: its products,
 * its recent orders and its payout ledger with totals per status.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetVendorSummaryParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
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
      "orders.id",
    ],
    filters: { id: req.params.id },
  })
  if (!vendor) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op "${req.params.id}" was not found.`
    )
  }
  const orderIds = (vendor.orders ?? []).filter(Boolean).map((o: any) => o.id)
  const [orders, lines, amounts] = await Promise.all([
    orderIds.length
      ? query.graph({
          entity: "order",
          fields: [
            "id",
            "display_id",
            "status",
            "currency_code",
            "total",
            "created_at",
          ],
          filters: { id: orderIds },
          pagination: { take: recent, skip: 0, order: { created_at: "DESC" } },
        })
      : { data: [] },
    query.graph({
      entity: "payout_line",
      fields: ["*"],
      filters: { vendor_id: vendor.id },
      pagination: { take: recent, skip: 0, order: { created_at: "DESC" } },
    }),
    query.graph({
      entity: "payout_line",
      fields: ["id", "status", "gross", "commission", "net"],
      filters: { vendor_id: vendor.id },
    }),
  ])
  const totals = Object.fromEntries(
    STATUSES.map((status) => {
      const matching = amounts.data.filter((l: any) => l.status === status)
      return [status, { count: matching.length, ...sumLines(matching) }]
    })
  )
  res.json({
    products: (vendor.products ?? []).filter(Boolean),
    orders: { orders: orders.data, count: orderIds.length },
    ledger: {
      payout_lines: lines.data,
      count: amounts.data.length,
      totals,
    },
  })
}
