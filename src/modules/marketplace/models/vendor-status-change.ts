import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** One transition of a vendor's status, with who made it and why. */
export const VendorStatusChange = model.define("vendor_status_change", {
  id: model.id({ prefix: "vstc" }).primaryKey(),
  from_status: model.text(),
  to_status: model.text(),
  reason: model.text(),
  changed_by: model.text(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "status_changes" }),
})
