import { z } from "@medusajs/framework/zod"

export type StoreLookupOrderType = z.infer<typeof StoreLookupOrder>
export const StoreLookupOrder = z
  .object({
    display_id: z
      .number({ error: "display_id must be a whole number" })
      .int("display_id must be a whole number")
      .positive("display_id must be more than 0")
      .max(2_147_483_647, "display_id is too big"),
    phone_last4: z
      .string({ error: "phone_last4 must be 4 digits" })
      .regex(/^\d{4}$/, "phone_last4 must be 4 digits"),
  })
  .strict()
