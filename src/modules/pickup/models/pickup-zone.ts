import { model } from "@medusajs/framework/utils"
import { PickupPoint } from "./pickup-point"

/**
 * A temperature zone a point can hold (ambient 18–22 °C, chilled 0–4 °C,
 * frozen −18 °C) and how many parcels of that zone it takes per day.
 */
export const PickupZone = model
  .define("pickup_zone", {
    id: model.id({ prefix: "pkzn" }).primaryKey(),
    zone: model.enum(["ambient", "chilled", "frozen"]).default("ambient"),
    compartments: model.number(),
    point: model.belongsTo(() => PickupPoint, { mappedBy: "zones" }),
  })
  .indexes([
    { on: ["point_id", "zone"], unique: true, where: "deleted_at IS NULL" },
  ])
