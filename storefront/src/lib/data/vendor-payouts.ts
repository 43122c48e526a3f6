import "server-only"
import { vendorGet } from "./vendor-session"
import type { ApiPayoutLine, PayoutTotals } from "../../types/co-op"

export const PAYOUTS_PAGE_SIZE = 20

export const PAYOUT_STATUSES = [
  "pending",
  "payable",
  "paid",
  "cancelled",
] as const

/** The payout ledger: one line per order, and the totals by status (net). */
export async function listPayouts(
  filters: { status?: string; offset?: number; limit?: number } = {}
) {
  return vendorGet<{
    payout_lines: ApiPayoutLine[]
    count: number
    totals: PayoutTotals
  }>(
    "/vendors/payouts",
    {
      status: (PAYOUT_STATUSES as readonly string[]).includes(
        filters.status ?? ""
      )
        ? filters.status
        : undefined,
      offset: filters.offset ?? 0,
      limit: filters.limit ?? PAYOUTS_PAGE_SIZE,
    },
    "live"
  )
}
