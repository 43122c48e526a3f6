/** The stage of one co-op order, as vendor_order_stage stores it. */
export type VendorOrderStageRow = {
  order_id: string
  vendor_id: string
  stage: "to_fulfil" | "fulfilled" | "shipped" | "delivered" | "canceled"
  placed_at: Date | string
  display_id?: number | null
  /** When the order was read; an older read never overwrites a newer one. */
  refreshed_at: Date | string
}

/** An active co-op member, as every /vendors request resolves them. */
export type ActiveMemberContext = {
  member_id: string
  role: "owner" | "manager" | "staff"
  vendor_id: string
  vendor_status: string
}

/** A page of a co-op's order ids, the matching count and counts per stage. */
export type VendorOrderPage = {
  order_ids: string[]
  count: number
  counts: Record<string, number>
  /** Changes whenever a row of the co-op is written (placed or refreshed). */
  version: string
}

/** Count and amounts of a co-op's payout lines, per status present. */
export type PayoutLineSums = Record<
  string,
  { count: number; gross: number; commission: number; net: number }
>
