import { z } from "@medusajs/framework/zod"

export type StoreRequestEmailVerificationType = z.infer<
  typeof StoreRequestEmailVerification
>
export const StoreRequestEmailVerification = z.object({}).strict()

export type StoreConfirmEmailVerificationType = z.infer<
  typeof StoreConfirmEmailVerification
>
export const StoreConfirmEmailVerification = z
  .object({
    token: z
      .string({ error: "token must be the text from the email's link" })
      .min(20, "token must be the text from the email's link")
      .max(200, "token must be at most 200 characters"),
  })
  .strict()
