import { vendorMemberFields } from "../../vendors/members/query-config"

/** Fields of the co-op list the platform reviews: status and qualifications. */
export const adminVendorListFields = [
  "id",
  "handle",
  "name",
  "kind",
  "status",
  "status_reason",
  "status_changed_at",
  "region_code",
  "credit_code",
  "business_licence_no",
  "food_licence_no",
  "commission_rate",
  "contact",
  "created_at",
  "updated_at",
]

/**
 * Fields of one co-op on its admin page. Listed rather than `*`: Medusa's
 * query config turns a bare `*` into `.*`, which selects nothing but the id,
 * and a member's invitation token hash must stay private.
 */
export const adminVendorFields = [
  ...adminVendorListFields,
  "status_changed_by",
  "address",
  "description_zh",
  "description_en",
  "logo",
  ...vendorMemberFields.map((field) => `members.${field}`),
  "status_changes.*",
  "stock_location.id",
  "stock_location.name",
  "shipping_profile.id",
  "shipping_profile.name",
]

export const retrieveAdminVendorConfig = {
  defaults: adminVendorFields,
  isList: false,
}

export const listAdminVendorsConfig = {
  defaults: adminVendorListFields,
  isList: true,
}
