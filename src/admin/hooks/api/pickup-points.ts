import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

export type PickupZoneName = "ambient" | "chilled" | "frozen"
export type PickupPointType =
  "community_store" | "property_office" | "locker" | "station"

export type OpeningPeriod = { days: number[]; open: string; close: string }

export type AdminPickupPoint = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  type: PickupPointType
  address_zh: string
  address_en?: string | null
  district_code: string
  district?: { code: string; name_zh: string; name_en: string } | null
  lat: number
  lng: number
  opening_hours: OpeningPeriod[]
  contact_name: string
  contact_phone: string
  status: "active" | "paused"
  free_storage_hours: number
  overdue_grace_hours: number
  zones: { id: string; zone: PickupZoneName; compartments: number }[]
}

export type PickupPointBody = Omit<
  AdminPickupPoint,
  "id" | "district" | "zones" | "status"
> & { zones: { zone: PickupZoneName; compartments: number }[] }

export type PickupPointsQuery = {
  q?: string
  status?: "active" | "paused"
  type?: PickupPointType
  offset?: number
  limit?: number
}

export const pickupPointsQueryKeys = queryKeysFactory("tiantou_pickup_points")

/** GET /admin/pickup-points. */
export const usePickupPoints = (query: PickupPointsQuery) =>
  useQuery({
    queryKey: pickupPointsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{
        pickup_points: AdminPickupPoint[]
        count: number
        offset: number
        limit: number
      }>("/admin/pickup-points", { query }),
    placeholderData: (previous) => previous,
  })

/** GET /admin/pickup-points/:id. */
export const usePickupPoint = (id: string) =>
  useQuery({
    queryKey: pickupPointsQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ pickup_point: AdminPickupPoint }>(
        `/admin/pickup-points/${id}`
      ),
  })

const useInvalidate = () => {
  const queryClient = useQueryClient()
  return () =>
    queryClient.invalidateQueries({ queryKey: pickupPointsQueryKeys.all })
}

/** POST /admin/pickup-points. */
export const useCreatePickupPoint = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: PickupPointBody) =>
      sdk.client.fetch<{ pickup_point: AdminPickupPoint }>(
        "/admin/pickup-points",
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

/** POST /admin/pickup-points/:id (fields and zones). */
export const useUpdatePickupPoint = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Partial<PickupPointBody>) =>
      sdk.client.fetch<{ pickup_point: AdminPickupPoint }>(
        `/admin/pickup-points/${id}`,
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

/** POST /admin/pickup-points/:id/pause or /activate. */
export const useSetPickupPointStatus = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: { id: string; action: "pause" | "activate" }) =>
      sdk.client.fetch<{ pickup_point: AdminPickupPoint }>(
        `/admin/pickup-points/${input.id}/${input.action}`,
        { method: "POST" }
      ),
    onSuccess: invalidate,
  })
}
