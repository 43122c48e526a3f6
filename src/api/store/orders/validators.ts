import { z } from "@medusajs/framework/zod"

export type StoreCancelOrderType = z.infer<typeof StoreCancelOrder>
export const StoreCancelOrder = z.object({}).strict()
