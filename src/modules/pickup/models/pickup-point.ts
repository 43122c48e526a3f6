import { model } from "@medusajs/framework/utils"
import type { OpeningHours } from "../types"
import { Parcel } from "./parcel"
import { PickupStaffMembership } from "./pickup-staff-membership"
import { PickupZone } from "./pickup-zone"

/**
 * A community pickup point (自提点): a corner store, a property office, a
 * smart-locker bank or a station. lat/lng are WGS-84; the migration adds a
 * generated `earth_point cube = ll_to_earth(lat, lng)` column with a GiST
 * index for the nearest-point query, which the model DSL cannot express.
 */
export const PickupPoint = model
  .define("pickup_point", {
    id: model.id({ prefix: "pkpt" }).primaryKey(),
    handle: model.text(),
    name_zh: model.text().searchable(),
    name_en: model.text(),
    type: model
      .enum(["community_store", "property_office", "locker", "station"])
      .default("community_store"),
    address_zh: model.text(),
    address_en: model.text().nullable(),
    /** GB/T 2260 county-level code, e.g. 500103 (渝中区). */
    district_code: model.text(),
    lat: model.float(),
    lng: model.float(),
    /** `[{ days: [1..7] (1 = Monday), open: "08:00", close: "21:00" }]`, Asia/Shanghai. */
    opening_hours: model.json<OpeningHours[]>(),
    contact_name: model.text(),
    contact_phone: model.text(),
    status: model.enum(["active", "paused"]).default("active"),
    free_storage_hours: model.number().default(48),
    overdue_grace_hours: model.number().default(24),
    metadata: model.json().nullable(),
    zones: model.hasMany(() => PickupZone, { mappedBy: "point" }),
    parcels: model.hasMany(() => Parcel, { mappedBy: "point" }),
    staff_memberships: model.hasMany(() => PickupStaffMembership, {
      mappedBy: "point",
    }),
  })
  .cascades({ delete: ["zones", "staff_memberships"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["district_code"] },
    { on: ["status"] },
  ])
