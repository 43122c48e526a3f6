import { model } from "@medusajs/framework/utils"

/**
 * One order's claim on a compartment of a zone at a point on its arrival
 * day. Capacity used on a day is the count of active reservations, so a
 * release frees the compartment without touching the parcel.
 */
export const PickupReservation = model
  .define("pickup_reservation", {
    id: model.id({ prefix: "pkrs" }).primaryKey(),
    point_id: model.text(),
    zone: model.enum(["ambient", "chilled", "frozen"]).default("ambient"),
    /** `YYYY-MM-DD`, the Asia/Shanghai calendar day of arrival. */
    arrival_date: model.text(),
    order_id: model.text(),
    status: model.enum(["active", "released"]).default("active"),
  })
  .indexes([{ on: ["point_id", "zone", "arrival_date"] }, { on: ["order_id"] }])
