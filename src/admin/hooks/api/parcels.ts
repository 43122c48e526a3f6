import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

export type ParcelStatus =
  | "awaiting_arrival"
  | "ready_for_pickup"
  | "picked_up"
  | "overdue"
  | "returned"
  | "cancelled"

export type AdminParcel = {
  id: string
  order_id: string
  vendor_id: string
  zone: "ambient" | "chilled" | "frozen"
  status: ParcelStatus
  compartment?: string | null
  failed_attempts: number
  locked_until?: string | null
  eta?: string | null
  ready_at?: string | null
  deadline_at?: string | null
  picked_up_at?: string | null
  created_at: string
  point: { id: string; handle: string; name_zh: string; name_en: string }
}

export const parcelsQueryKeys = queryKeysFactory("tiantou_parcels")

/** GET /admin/parcels: one board column. */
export const useParcels = (query: {
  status: ParcelStatus
  point_id?: string
  limit?: number
}) =>
  useQuery({
    queryKey: parcelsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ parcels: AdminParcel[]; count: number }>(
        "/admin/parcels",
        { query }
      ),
    refetchInterval: 60_000,
  })
