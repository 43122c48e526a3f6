import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"
import type { AdminBrandAuthorization, AdminCertification } from "./origin"

export type AdminVendorStatus =
  "pending_review" | "active" | "suspended" | "rejected" | "closed"

export type AdminVendor = {
  id: string
  handle: string
  name: string
  kind: string
  status: AdminVendorStatus
  status_reason?: string | null
  status_changed_at?: string | null
  region_code: string
  region?: { code: string; name: string; name_en: string } | null
  credit_code: string
  business_licence_no?: string | null
  food_licence_no?: string | null
  commission_rate?: number | null
  contact?: { name?: string; phone?: string; email?: string } | null
  address?: Record<string, string> | null
  description_zh?: string | null
  description_en?: string | null
  created_at: string
  members?: {
    id: string
    name: string
    email: string
    role: string
    status: string
  }[]
  status_changes?: {
    id: string
    from_status: string
    to_status: string
    reason: string
    changed_by: string
    changed_by_email?: string | null
    created_at: string
  }[]
  stock_location?: { id: string; name: string } | null
  shipping_profile?: { id: string; name: string } | null
  product_counts?: {
    total: number
    published: number
    draft: number
    proposed: number
    rejected: number
  }
  certifications?: AdminCertification[]
  brand_authorizations?: Omit<AdminBrandAuthorization, "vendor">[]
}

export type AdminVendorSummary = {
  products: {
    id: string
    title: string
    handle: string
    status: string
    thumbnail?: string | null
  }[]
  orders: {
    orders: {
      id: string
      display_id: number
      status: string
      currency_code: string
      total: number
      created_at: string
    }[]
    count: number
  }
  ledger: {
    payout_lines: import("./payouts").AdminPayoutLine[]
    count: number
    totals: Record<
      string,
      { count: number; gross: number; commission: number; net: number }
    >
  }
}

export type VendorStatusAction =
  "approve" | "reject" | "suspend" | "reinstate" | "close"

export const vendorsQueryKeys = queryKeysFactory("tiantou_vendors")
export const vendorSummaryQueryKeys = queryKeysFactory(
  "tiantou_vendor_summaries"
)

/** The co-op review queue: GET /admin/vendors. */
export const useVendors = (query: {
  status?: AdminVendorStatus
  q?: string
  offset?: number
  limit?: number
}) =>
  useQuery({
    queryKey: vendorsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ vendors: AdminVendor[]; count: number }>(
        "/admin/vendors",
        { query }
      ),
    placeholderData: (previous) => previous,
  })

/** One co-op with members, status history and fulfilment set-up. */
export const useVendor = (id: string) =>
  useQuery({
    queryKey: vendorsQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ vendor: AdminVendor }>(`/admin/vendors/${id}`),
  })

/** A co-op's products, recent orders and ledger. */
export const useVendorSummary = (id: string) =>
  useQuery({
    queryKey: vendorSummaryQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminVendorSummary>(`/admin/vendors/${id}/summary`),
  })

/** Approve, reject, suspend, reinstate or close a co-op, with a reason. */
export const useVendorStatusAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { action: VendorStatusAction; reason: string }) =>
      sdk.client.fetch<{ vendor: AdminVendor }>(
        `/admin/vendors/${id}/${input.action}`,
        { method: "POST", body: { reason: input.reason } }
      ),
    onSuccess: ({ vendor }) => {
      queryClient.setQueryData(vendorsQueryKeys.detail(id), { vendor })
      queryClient.invalidateQueries({ queryKey: vendorsQueryKeys.all })
      queryClient.invalidateQueries({
        queryKey: vendorSummaryQueryKeys.detail(id),
      })
    },
  })
}
