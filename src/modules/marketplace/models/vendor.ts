import { model } from "@medusajs/framework/utils"
import { VendorMember } from "./vendor-member"
import { VendorStatusChange } from "./vendor-status-change"

/**
 * A seller on the marketplace: a farmer cooperative (合作社), a family farm
 * (家庭农场) or an agri-enterprise (龙头企业). It is reviewed before it sells.
 */
export const Vendor = model
  .define("vendor", {
    id: model.id({ prefix: "ven" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    kind: model
      .enum(["cooperative", "family_farm", "enterprise"])
      .default("cooperative"),
    status: model
      .enum(["pending_review", "active", "suspended", "rejected", "closed"])
      .default("pending_review"),
    status_reason: model.text().nullable(),
    status_changed_by: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    /** GB/T 2260 code of the co-op's home district or county. */
    region_code: model.text(),
    address: model.json().nullable(),
    contact: model.json(),
    /** 统一社会信用代码, 18 characters, validated with its check character. */
    credit_code: model.text(),
    business_licence_no: model.text().nullable(),
    food_licence_no: model.text().nullable(),
    description_zh: model.text().nullable(),
    description_en: model.text().nullable(),
    logo: model.text().nullable(),
    /** Percent; overrides the platform default when set. */
    commission_rate: model.float().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => VendorMember, { mappedBy: "vendor" }),
    status_changes: model.hasMany(() => VendorStatusChange, {
      mappedBy: "vendor",
    }),
  })
  .cascades({ delete: ["members", "status_changes"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["credit_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"] },
  ])
