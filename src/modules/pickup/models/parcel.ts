import { model } from "@medusajs/framework/utils"
import { ParcelEvent } from "./parcel-event"
import { PickupPoint } from "./pickup-point"

/**
 * One order at one point. The pickup code is never stored: `code_hash` is
 * an HMAC of it and `code_nonce` lets the order's owner re-derive it.
 */
export const Parcel = model
  .define("parcel", {
    id: model.id({ prefix: "pcl" }).primaryKey(),
    order_id: model.text(),
    vendor_id: model.text(),
    customer_id: model.text().nullable(),
    zone: model.enum(["ambient", "chilled", "frozen"]).default("ambient"),
    status: model
      .enum([
        "awaiting_arrival",
        "ready_for_pickup",
        "picked_up",
        "overdue",
        "returned",
        "cancelled",
      ])
      .default("awaiting_arrival"),
    compartment: model.text().nullable(),
    code_hash: model.text().nullable(),
    code_nonce: model.text().nullable(),
    failed_attempts: model.number().default(0),
    locked_until: model.dateTime().nullable(),
    eta: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    deadline_at: model.dateTime().nullable(),
    picked_up_at: model.dateTime().nullable(),
    overdue_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    fulfillment_id: model.text().nullable(),
    point: model.belongsTo(() => PickupPoint, { mappedBy: "parcels" }),
    events: model.hasMany(() => ParcelEvent, { mappedBy: "parcel" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["point_id", "status"] },
  ])
