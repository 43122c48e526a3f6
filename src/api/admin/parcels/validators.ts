import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { unlockReason } from "../../pickup/parcels/validators"

export const PARCEL_STATUSES = [
  "awaiting_arrival",
  "ready_for_pickup",
  "picked_up",
  "overdue",
  "returned",
  "cancelled",
] as const

const Status = z.enum(PARCEL_STATUSES, {
  error: `status must be one of ${PARCEL_STATUSES.join(", ")}`,
})

export type AdminGetParcelsParamsType = z.infer<typeof AdminGetParcelsParams>
export const AdminGetParcelsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  status: z.union([Status, z.array(Status)]).optional(),
  point_id: z.union([z.string(), z.array(z.string())]).optional(),
  order_id: z.string().optional(),
  vendor_id: z.string().optional(),
  zone: z.enum(["ambient", "chilled", "frozen"]).optional(),
})

export type AdminGetParcelParamsType = z.infer<typeof AdminGetParcelParams>
export const AdminGetParcelParams = createSelectParams()

export type AdminUnlockParcelType = z.infer<typeof AdminUnlockParcel>
export const AdminUnlockParcel = z.object({ reason: unlockReason }).strict()
