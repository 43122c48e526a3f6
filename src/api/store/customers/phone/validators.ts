import { z } from "@medusajs/framework/zod"

export type StoreCreatePhoneCustomerType = z.infer<
  typeof StoreCreatePhoneCustomer
>
export const StoreCreatePhoneCustomer = z
  .object({
    first_name: z
      .string({ error: "first_name must be a string" })
      .trim()
      .max(100, "first_name must have at most 100 characters")
      .optional(),
    last_name: z
      .string({ error: "last_name must be a string" })
      .trim()
      .max(100, "last_name must have at most 100 characters")
      .optional(),
  })
  .strict()
