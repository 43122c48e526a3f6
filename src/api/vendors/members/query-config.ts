import type { ScopedQueryConfig } from "../../utils/scoped-query"

/**
 * Fields of a co-op member shown in the co-op's console. Never the
 * invitation's `invite_token_hash` or `invite_expires_at`: the member routes
 * allow only these fields, so `?fields=` cannot ask for them either.
 */
export const vendorMemberFields = [
  "id",
  "email",
  "name",
  "role",
  "status",
  "created_at",
  "updated_at",
]

export const listVendorMembersConfig: ScopedQueryConfig = {
  defaults: vendorMemberFields,
  isList: true,
}

export const retrieveVendorMemberConfig: ScopedQueryConfig = {
  defaults: vendorMemberFields,
  isList: false,
}
