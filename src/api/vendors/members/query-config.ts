/** Fields of a co-op member shown in the co-op's console. */
export const vendorMemberFields = [
  "id",
  "email",
  "name",
  "role",
  "status",
  "created_at",
  "updated_at",
]

export const listVendorMembersConfig = {
  defaults: vendorMemberFields,
  allowed: vendorMemberFields,
  isList: true,
}

export const retrieveVendorMemberConfig = {
  defaults: vendorMemberFields,
  allowed: vendorMemberFields,
  isList: false,
}
