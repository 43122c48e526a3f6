import { z } from "@medusajs/framework/zod"
import { optionalSafeUrl } from "../../utils/safe-url"
import { findParams } from "../../utils/query-params"
import { VENDOR_ORDER_STAGES } from "./stage"

export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>
/**
 * `status` is one stage or several (`status=to_fulfil`,
 * `status=shipped,delivered` or `status[]=…`); see ./stage.ts.
 */
export const VendorGetOrdersParams = findParams({
  limit: 20,
  orderable: ["created_at"],
}).extend({
  status: z
    .preprocess(
      (value) =>
        typeof value === "string"
          ? value
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean)
          : value,
      z.array(z.string()).superRefine((values, ctx) => {
        const bad = values.find(
          (v) => !(VENDOR_ORDER_STAGES as readonly string[]).includes(v)
        )
        if (bad !== undefined) {
          ctx.addIssue({
            code: "custom",
            message: `status must be one of ${VENDOR_ORDER_STAGES.join(", ")} (got "${bad}").`,
          })
        }
      })
    )
    .optional(),
})

/** A console's clock may run a little behind the server's. */
const ETA_SKEW_MS = 5 * 60 * 1000

const Label = z
  .object({
    tracking_number: z.string().min(1),
    tracking_url: optionalSafeUrl("tracking_url"),
    label_url: optionalSafeUrl("label_url"),
  })
  .strict()

export type VendorCreateFulfillmentType = z.infer<
  typeof VendorCreateFulfillment
>
export const VendorCreateFulfillment = z
  .object({
    items: z
      .array(
        z
          .object({ id: z.string(), quantity: z.number().int().positive() })
          .strict()
      )
      .min(1)
      .optional(),
    labels: z.array(Label).optional(),
    /** For an order to a pickup point: when the parcel should arrive. */
    eta: z.iso
      .datetime({
        offset: true,
        error:
          "eta must be an ISO 8601 date-time, e.g. 2026-11-24T18:00:00+08:00",
      })
      .refine(
        (eta) => Date.parse(eta) >= Date.now() - ETA_SKEW_MS,
        "eta must not be in the past: it tells the customer when to come / 预计到达时间不能早于现在"
      )
      .optional(),
  })
  .strict()

export type VendorCreateShipmentType = z.infer<typeof VendorCreateShipment>
export const VendorCreateShipment = z
  .object({ labels: z.array(Label).optional() })
  .strict()
