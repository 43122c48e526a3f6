import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-keys"
import { backendUrl, sdk } from "../../lib/sdk"
import { vendorSummaryQueryKeys } from "./vendors"

export type PayoutLineStatus = "pending" | "payable" | "paid" | "cancelled"

export type AdminPayoutLine = {
  id: string
  order_id: string
  order_display_id?: number | null
  vendor_id: string
  vendor_name?: string | null
  currency_code: string
  gross: number
  commission: number
  net: number
  status: PayoutLineStatus
  delivered_at?: string | null
  payable_after?: string | null
  paid_at?: string | null
  payout_id?: string | null
  created_at: string
}

export type AdminPayout = {
  id: string
  vendor_id: string
  vendor_name?: string | null
  currency_code: string
  amount: number
  reference?: string | null
  note?: string | null
  recorded_by: string
  created_at: string
  lines: { id: string; order_id: string; net: number }[]
}

export type PayoutLinesQuery = {
  vendor_id?: string
  status?: PayoutLineStatus
  from?: string
  to?: string
  offset?: number
  limit?: number
}

export type Totals = { gross: number; commission: number; net: number }

export const payoutLinesQueryKeys = queryKeysFactory("tiantou_payout_lines")
export const payoutsQueryKeys = queryKeysFactory("tiantou_payouts")

/** The payout ledger report: GET /admin/payout-lines. */
export const usePayoutLines = (query: PayoutLinesQuery) =>
  useQuery({
    queryKey: payoutLinesQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{
        payout_lines: AdminPayoutLine[]
        count: number
        offset: number
        limit: number
        totals: Totals
      }>("/admin/payout-lines", { query }),
    placeholderData: (previous) => previous,
  })

/** The same report as a CSV download (the session cookie authorises it). */
export const payoutLinesCsvUrl = (query: PayoutLinesQuery) => {
  const { offset: _offset, limit: _limit, ...filters } = query
  return backendUrl("/admin/payout-lines", { ...filters, format: "csv" })
}

/** Recorded payouts: GET /admin/payouts. */
export const usePayouts = (query: {
  vendor_id?: string
  offset?: number
  limit?: number
}) =>
  useQuery({
    queryKey: payoutsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ payouts: AdminPayout[]; count: number }>(
        "/admin/payouts",
        { query }
      ),
  })

/** Records a transfer made to a co-op, settling the given payable lines. */
export const useRecordPayout = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: {
      vendor_id: string
      payout_line_ids: string[]
      reference?: string
      note?: string
    }) =>
      sdk.client.fetch<{ payout: AdminPayout }>("/admin/payouts", {
        method: "POST",
        body,
      }),
    onSuccess: (_data, body) => {
      queryClient.invalidateQueries({ queryKey: payoutLinesQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: payoutsQueryKeys.all })
      queryClient.invalidateQueries({
        queryKey: vendorSummaryQueryKeys.detail(body.vendor_id),
      })
    },
  })
}
