import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>
export const AdminGetPayoutsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  vendor_id: z.union([z.string(), z.array(z.string())]).optional(),
})

export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>
export const AdminCreatePayout = z
  .object({
    vendor_id: z.string().min(1),
    payout_line_ids: z.array(z.string().min(1)).min(1).max(500),
    /** The bank transfer's reference. */
    reference: z.string().trim().min(1).max(200).nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
