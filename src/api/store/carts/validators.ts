import { z } from "@medusajs/framework/zod"
import { WholeQuantity } from "../../utils/validators/quantity"

// Only the quantities: Medusa's own schemas validate the rest of these
// bodies first, and these run on what they let through.

export type StoreCartItemsQuantityType = z.infer<typeof StoreCartItemsQuantity>
/** POST /store/carts: each of `items` in whole units. */
export const StoreCartItemsQuantity = z.object({
  items: z.array(z.object({ quantity: WholeQuantity })).nullish(),
})

export type StoreCartLineQuantityType = z.infer<typeof StoreCartLineQuantity>
/** POST /store/carts/:id/line-items[/:line_id]: whole units (0 removes). */
export const StoreCartLineQuantity = z.object({ quantity: WholeQuantity })
