import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../../modules/pickup/utils/geo"

const Zone = z.enum(["ambient", "chilled", "frozen"], {
  error: "zone must be ambient, chilled or frozen",
})

const arrivalDate = z
  .string()
  .refine(isCalendarDate, "date must be a calendar day as YYYY-MM-DD")
  .optional()

export type StoreGetPickupPointsParamsType = z.infer<
  typeof StoreGetPickupPointsParams
>
export const StoreGetPickupPointsParams = z
  .object({
    lat: z.coerce
      .number({ error: "lat is required and must be a number" })
      .min(-90, "lat must be between -90 and 90")
      .max(90, "lat must be between -90 and 90"),
    lng: z.coerce
      .number({ error: "lng is required and must be a number" })
      .min(-180, "lng must be between -180 and 180")
      .max(180, "lng must be between -180 and 180"),
    radius_km: z.coerce
      .number({ error: "radius_km must be a number" })
      .positive("radius_km must be more than 0")
      .max(50, "radius_km must be at most 50")
      .default(10),
    zone: Zone.optional(),
    district_code: z
      .string()
      .regex(/^\d{6}$/, "district_code must be a 6-digit GB/T 2260 code")
      .optional(),
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(50, "limit must be at most 50")
      .default(20),
    date: arrivalDate,
  })
  .strict()

export type StoreGetPickupPointParamsType = z.infer<
  typeof StoreGetPickupPointParams
>
export const StoreGetPickupPointParams = z
  .object({
    lat: z.coerce
      .number({ error: "lat must be a number" })
      .min(-90, "lat must be between -90 and 90")
      .max(90, "lat must be between -90 and 90")
      .optional(),
    lng: z.coerce
      .number({ error: "lng must be a number" })
      .min(-180, "lng must be between -180 and 180")
      .max(180, "lng must be between -180 and 180")
      .optional(),
    date: arrivalDate,
  })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: "lat and lng must be given together",
    path: ["lat"],
  })
