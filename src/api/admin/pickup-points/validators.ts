import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { isCalendarDate } from "../../../modules/pickup/utils/geo"

const Zone = z.enum(["ambient", "chilled", "frozen"], {
  error: "zone must be ambient, chilled or frozen",
})
const Type = z.enum(
  ["community_store", "property_office", "locker", "station"],
  { error: "type must be community_store, property_office, locker or station" }
)
const Status = z.enum(["active", "paused"], {
  error: "status must be active or paused",
})
const Time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "opening_hours times must be HH:MM")

const OpeningPeriod = z
  .object({
    days: z
      .array(z.number().int().min(1).max(7), {
        error: "opening_hours days must be weekdays 1–7",
      })
      .min(1, "opening_hours days must list at least one day"),
    open: Time,
    close: Time,
  })
  .strict()

const ZoneCapacity = z
  .object({
    zone: Zone,
    compartments: z
      .number({ error: "compartments must be a number" })
      .int("compartments must be a whole number")
      .min(0, "compartments must be 0 or more")
      .max(10_000, "compartments must be at most 10000"),
  })
  .strict()

const Zones = z.array(ZoneCapacity).max(3, "zones lists each zone at most once")

const pointFields = {
  handle: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "handle must be lowercase letters, digits and single dashes"
    ),
  name_zh: z.string().trim().min(1, "name_zh must not be empty").max(100),
  name_en: z.string().trim().min(1, "name_en must not be empty").max(200),
  type: Type,
  address_zh: z.string().trim().min(1, "address_zh must not be empty"),
  address_en: z.string().trim().min(1).nullable(),
  district_code: z
    .string()
    .regex(/^\d{6}$/, "district_code must be a 6-digit GB/T 2260 code"),
  lat: z
    .number({ error: "lat must be a number" })
    .min(-90, "lat must be between -90 and 90")
    .max(90, "lat must be between -90 and 90"),
  lng: z
    .number({ error: "lng must be a number" })
    .min(-180, "lng must be between -180 and 180")
    .max(180, "lng must be between -180 and 180"),
  opening_hours: z.array(OpeningPeriod).max(14),
  contact_name: z.string().trim().min(1, "contact_name must not be empty"),
  contact_phone: z
    .string()
    .regex(/^[0-9+\- ]{5,20}$/, "contact_phone must be a phone number"),
  free_storage_hours: z
    .number()
    .int("free_storage_hours must be a whole number")
    .min(1, "free_storage_hours must be at least 1")
    .max(24 * 14, "free_storage_hours must be at most 336"),
  overdue_grace_hours: z
    .number()
    .int("overdue_grace_hours must be a whole number")
    .min(0, "overdue_grace_hours must be 0 or more")
    .max(24 * 14, "overdue_grace_hours must be at most 336"),
  metadata: z.record(z.string(), z.unknown()).nullable(),
}

export type AdminGetPickupPointsParamsType = z.infer<
  typeof AdminGetPickupPointsParams
>
export const AdminGetPickupPointsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  q: z.string().optional(),
  status: z.union([Status, z.array(Status)]).optional(),
  type: z.union([Type, z.array(Type)]).optional(),
  district_code: z.union([z.string(), z.array(z.string())]).optional(),
  zone: Zone.optional(),
})

export type AdminGetPickupPointParamsType = z.infer<
  typeof AdminGetPickupPointParams
>
export const AdminGetPickupPointParams = createSelectParams()

export type AdminCreatePickupPointType = z.infer<typeof AdminCreatePickupPoint>
export const AdminCreatePickupPoint = z
  .object({
    ...pointFields,
    type: Type.default("community_store"),
    address_en: pointFields.address_en.optional(),
    status: Status.optional(),
    free_storage_hours: pointFields.free_storage_hours.optional(),
    overdue_grace_hours: pointFields.overdue_grace_hours.optional(),
    metadata: pointFields.metadata.optional(),
    zones: Zones.min(1, "zones must list at least one zone"),
  })
  .strict()

export type AdminUpdatePickupPointType = z.infer<typeof AdminUpdatePickupPoint>
export const AdminUpdatePickupPoint = z
  .object({
    ...Object.fromEntries(
      Object.entries(pointFields).map(([k, v]) => [k, v.optional()])
    ),
    status: Status.optional(),
    zones: Zones.optional(),
  } as {
    [K in keyof typeof pointFields]: z.ZodOptional<(typeof pointFields)[K]>
  } & {
    status: z.ZodOptional<typeof Status>
    zones: z.ZodOptional<typeof Zones>
  })
  .strict()

export type AdminSetPickupPointZonesType = z.infer<
  typeof AdminSetPickupPointZones
>
export const AdminSetPickupPointZones = z.object({ zones: Zones }).strict()

export type AdminGetPickupPointCapacityParamsType = z.infer<
  typeof AdminGetPickupPointCapacityParams
>
export const AdminGetPickupPointCapacityParams = z
  .object({
    from: z
      .string()
      .refine(isCalendarDate, "from must be a calendar day as YYYY-MM-DD")
      .optional(),
    days: z.coerce
      .number({ error: "days must be a number" })
      .int("days must be a whole number")
      .min(1, "days must be at least 1")
      .max(31, "days must be at most 31")
      .default(7),
  })
  .strict()
