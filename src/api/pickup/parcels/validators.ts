import { z } from "@medusajs/framework/zod"
import { findParams, selectParams } from "../../utils/query-params"

const PARCEL_STATUSES = [
  "awaiting_arrival",
  "ready_for_pickup",
  "picked_up",
  "overdue",
  "returned",
  "cancelled",
] as const

const ParcelStatus = z.enum(PARCEL_STATUSES, {
  error: `status must be one of ${PARCEL_STATUSES.join(", ")}`,
})

export type PickupGetParcelsParamsType = z.infer<typeof PickupGetParcelsParams>
export const PickupGetParcelsParams = findParams({
  limit: 50,
  // Each status tab of the pickup console sorts by its own time.
  orderable: [
    "created_at",
    "updated_at",
    "eta",
    "ready_at",
    "deadline_at",
    "picked_up_at",
    "overdue_at",
    "returned_at",
  ],
}).extend({
  status: z.union([ParcelStatus, z.array(ParcelStatus)]).optional(),
  point_id: z.union([z.string(), z.array(z.string())]).optional(),
  // An order number, a compartment or a phone tail: short by nature.
  q: z.string().trim().min(1).max(40).optional(),
})

export type PickupGetParcelParamsType = z.infer<typeof PickupGetParcelParams>
export const PickupGetParcelParams = selectParams()

export type PickupReceiveParcelType = z.infer<typeof PickupReceiveParcel>
export const PickupReceiveParcel = z.object({}).strict()

export type PickupHandoverParcelType = z.infer<typeof PickupHandoverParcel>
export const PickupHandoverParcel = z
  .object({
    code: z
      .string()
      .regex(/^\d{6}$/, "code must be the customer's 6-digit pickup code")
      .optional(),
    qr: z
      .string()
      .min(1, "qr must be the scanned QR payload")
      .max(2000, "qr must be at most 2000 characters")
      .optional(),
  })
  .strict()
  .refine((body) => (body.code === undefined) !== (body.qr === undefined), {
    message: "code or qr: send exactly one of them",
    params: { rule: "code_or_qr", values: {} },
  })

/** Why a lock is lifted, kept in the parcel's history: say what was checked. */
export const unlockReason = z
  .string({ error: "reason must be text" })
  .trim()
  .min(4, "reason must say why the parcel is unlocked (at least 4 characters)")
  .max(500, "reason must be at most 500 characters")

export type PickupUnlockParcelType = z.infer<typeof PickupUnlockParcel>
export const PickupUnlockParcel = z.object({ reason: unlockReason }).strict()
