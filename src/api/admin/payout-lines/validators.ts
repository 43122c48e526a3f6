import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const PAYOUT_LINE_STATUSES = [
  "pending",
  "payable",
  "paid",
  "cancelled",
] as const

const dateParam = (field: "from" | "to") =>
  z
    .string()
    .refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
        !Number.isNaN(new Date(value).getTime()),
      `${field} must be a date (2026-11-30) or an ISO 8601 timestamp`
    )

export type AdminGetPayoutLinesParamsType = z.infer<
  typeof AdminGetPayoutLinesParams
>
export const AdminGetPayoutLinesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "-created_at",
}).extend({
  vendor_id: z.union([z.string(), z.array(z.string())]).optional(),
  status: z
    .union([
      z.enum(PAYOUT_LINE_STATUSES),
      z.array(z.enum(PAYOUT_LINE_STATUSES)),
    ])
    .optional(),
  /** On the line's created_at, i.e. when the order was placed. */
  from: dateParam("from").optional(),
  to: dateParam("to").optional(),
  format: z.enum(["json", "csv"]).default("json"),
})
