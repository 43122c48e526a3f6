import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
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
  /** The parcel's history (GET /admin/parcels/:id only), oldest first. */
  events?: AdminParcelEvent[]
}

export type AdminParcelEvent = {
  id: string
  type: "unlocked"
  actor_type: "pickup_staff" | "user"
  actor_id: string
  actor_name: string | null
  reason: string
  data: { failed_attempts?: number; locked_until?: string | null } | null
  created_at: string
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

/** The order's parcel (an order has at most one), with its history. */
export const useOrderParcel = (orderId: string) =>
  useQuery({
    queryKey: parcelsQueryKeys.detail(orderId, { by: "order" }),
    queryFn: async () => {
      const { parcels } = await sdk.client.fetch<{ parcels: AdminParcel[] }>(
        "/admin/parcels",
        { query: { order_id: orderId, limit: 1 } }
      )
      if (!parcels[0]) {
        return null
      }
      const { parcel } = await sdk.client.fetch<{ parcel: AdminParcel }>(
        `/admin/parcels/${parcels[0].id}`
      )
      return parcel
    },
  })

/** POST /admin/parcels/:id/unlock: clears a wrong-code lock, with a reason. */
export const useUnlockParcel = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      sdk.client.fetch<{ parcel: AdminParcel }>(
        `/admin/parcels/${input.id}/unlock`,
        { method: "POST", body: { reason: input.reason } }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: parcelsQueryKeys.all }),
  })
}
