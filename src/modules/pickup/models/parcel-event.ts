import { model } from "@medusajs/framework/utils"
import { Parcel } from "./parcel"

/**
 * The parcel's history of exceptional acts: who lifted a wrong-code lock,
 * when (`created_at`) and why. Append-only; `data` keeps what the act
 * undid (the attempts and the lock's end), so the record explains itself.
 */
export const ParcelEvent = model
  .define("parcel_event", {
    id: model.id({ prefix: "pcev" }).primaryKey(),
    type: model.enum(["unlocked"]).default("unlocked"),
    actor_type: model.enum(["pickup_staff", "user"]),
    actor_id: model.text(),
    actor_name: model.text().nullable(),
    reason: model.text(),
    data: model.json().nullable(),
    parcel: model.belongsTo(() => Parcel, { mappedBy: "events" }),
  })
  .indexes([{ on: ["parcel_id", "created_at"] }])
