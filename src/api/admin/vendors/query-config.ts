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

export const listAdminVendorsConfig = {
  defaults: adminVendorListFields,
  isList: true,
}
