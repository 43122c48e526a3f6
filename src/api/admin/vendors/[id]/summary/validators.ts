import { z } from "@medusajs/framework/zod"

export type AdminGetVendorSummaryParamsType = z.infer<
  typeof AdminGetVendorSummaryParams
>
export const AdminGetVendorSummaryParams = z.object({
  /** How many recent orders and ledger lines to return. */
  recent: z.coerce.number().int().min(1).max(100).default(20),
})
