import { z } from "@medusajs/framework/zod"
import { fieldName } from "./price"

/** The most units of one variant a co-op may stock, or a cart may hold. */
export const MAX_QUANTITY = 100_000

const named = (path: readonly PropertyKey[] | undefined, fallback: string) =>
  fieldName(path) || fallback

/**
 * A stock count or a cart line quantity: a whole number from 0 to
 * MAX_QUANTITY (adding a line also needs more than 0, which Medusa checks).
 * Messages name the field by its full path, e.g.
 * `stocked_quantity must be a whole number (got 1.5).`
 */
export const WholeQuantity = z
  .number({
    error: (iss) => `${named(iss.path, "quantity")} must be a whole number.`,
  })
  .refine(Number.isInteger, {
    error: (iss) =>
      `${named(iss.path, "quantity")} must be a whole number (got ${iss.input}).`,
    params: { rule: "whole_number", values: {} },
    abort: true,
  })
  .refine((n) => n >= 0, {
    error: (iss) =>
      `${named(iss.path, "quantity")} must be 0 or more (got ${iss.input}).`,
    params: { rule: "quantity_min", values: { min: 0 } },
    abort: true,
  })
  .refine((n) => n <= MAX_QUANTITY, {
    error: (iss) =>
      `${named(iss.path, "quantity")} must be at most ${MAX_QUANTITY} (got ${iss.input}).`,
    params: { rule: "quantity_max", values: { max: MAX_QUANTITY } },
    abort: true,
  })
