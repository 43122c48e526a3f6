import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { passwordSchema } from "../../auth/password-policy"

const Role = z.enum(["staff", "manager"], {
  error: "role must be staff or manager",
})

export type AdminGetPickupStaffParamsType = z.infer<
  typeof AdminGetPickupStaffParams
>
export const AdminGetPickupStaffParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  email: z.string().optional(),
  point_id: z.string().optional(),
})

export type AdminGetPickupStaffMemberParamsType = z.infer<
  typeof AdminGetPickupStaffMemberParams
>
export const AdminGetPickupStaffMemberParams = createSelectParams()

export type AdminCreatePickupStaffType = z.infer<typeof AdminCreatePickupStaff>
export const AdminCreatePickupStaff = z
  .object({
    email: z.email({ error: "email must be a valid email address" }),
    name: z.string().trim().min(1, "name must not be empty"),
    phone: z.string().trim().min(5, "phone must be a phone number").optional(),
    // The same rule as POST /auth/pickup/emailpass/register.
    password: passwordSchema("pickup").optional(),
    memberships: z
      .array(
        z
          .object({ point_id: z.string().min(1), role: Role.optional() })
          .strict()
      )
      .optional(),
  })
  .strict()

export type AdminAddPickupStaffMembershipType = z.infer<
  typeof AdminAddPickupStaffMembership
>
export const AdminAddPickupStaffMembership = z
  .object({ point_id: z.string().min(1), role: Role.optional() })
  .strict()
