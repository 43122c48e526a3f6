export const adminPickupStaffFields = [
  "id",
  "email",
  "name",
  "phone",
  "created_at",
  "updated_at",
  "memberships.id",
  "memberships.role",
  "memberships.point.id",
  "memberships.point.handle",
  "memberships.point.name_zh",
  "memberships.point.name_en",
]

export const listAdminPickupStaffConfig = {
  defaults: adminPickupStaffFields,
  isList: true,
}

export const retrieveAdminPickupStaffConfig = {
  defaults: adminPickupStaffFields,
  isList: false,
}
