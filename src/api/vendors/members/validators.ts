import { z } from "@medusajs/framework/zod"
import { findParams, selectParams } from "../../utils/query-params"

export type VendorGetMembersParamsType = z.infer<typeof VendorGetMembersParams>
export const VendorGetMembersParams = findParams({
  limit: 50,
  orderable: ["created_at", "name", "email", "role"],
}).extend({
  role: z.enum(["owner", "manager", "staff"]).optional(),
  status: z.enum(["invited", "active"]).optional(),
})

export type VendorGetMemberParamsType = z.infer<typeof VendorGetMemberParams>
export const VendorGetMemberParams = selectParams()

export type VendorInviteMemberType = z.infer<typeof VendorInviteMember>
export const VendorInviteMember = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .email("email must be an email address"),
    name: z.string().trim().min(1).max(120),
    role: z.enum(["manager", "staff"]),
  })
  .strict()

export type VendorUpdateMemberType = z.infer<typeof VendorUpdateMember>
export const VendorUpdateMember = z
  .object({ role: z.enum(["owner", "manager", "staff"]) })
  .strict()

export type VendorResendInviteType = z.infer<typeof VendorResendInvite>
export const VendorResendInvite = z.object({}).strict()

/** The one-time token from the invitation email's link (`?token=`). */
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>
export const VendorAcceptInvite = z
  .object({ token: z.string().trim().min(1).max(256) })
  .strict()
