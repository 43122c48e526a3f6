import { z } from "@medusajs/framework/zod"

export type AdminVendorStatusActionType = z.infer<
  typeof AdminVendorStatusAction
>
export const AdminVendorStatusAction = z
  .object({
    reason: z.string().trim().min(2, "must explain the decision").max(1000),
  })
  .strict()
