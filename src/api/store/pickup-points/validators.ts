import { z } from "@medusajs/framework/zod"
import { decimalNumber, wholeNumber } from "../../utils/query-params"
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
    lat: decimalNumber("lat", -90, 90),
    lng: decimalNumber("lng", -180, 180),
    radius_km: decimalNumber("radius_km", 0, 50)
      .refine((km) => km > 0, "radius_km must be more than 0")
      .default(10),
    zone: Zone.optional(),
    district_code: z
      .string()
      .regex(/^\d{6}$/, "district_code must be a 6-digit GB/T 2260 code")
      .optional(),
    limit: wholeNumber("limit", 1, 50).default(20),
    date: arrivalDate,
  })
  .strict()

export type StoreGetPickupPointParamsType = z.infer<
  typeof StoreGetPickupPointParams
>
export const StoreGetPickupPointParams = z
  .object({
    lat: decimalNumber("lat", -90, 90).optional(),
    lng: decimalNumber("lng", -180, 180).optional(),
    date: arrivalDate,
  })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: "lat and lng must be given together",
    path: ["lat"],
  })
