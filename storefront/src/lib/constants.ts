/** Cache tags of the data layer, one place so actions revalidate the right ones. */
export const TAGS = {
  catalogue: "catalogue",
  brands: "origin-brands",
  vendors: "vendors",
  regions: "regions",
  pickupPoints: "pickup-points",
  cart: (id: string) => `cart-${id}`,
  customer: (id: string) => `customer-${id}`,
  orders: (customerId: string) => `orders-${customerId}`,
} as const

/** The system payment provider Medusa always registers. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

/** Medusa 2.20+ caps each `fields` path at this many relations (http.storeRelationsLimit). */
export const STORE_RELATIONS_LIMIT = 3

export const COOKIES = {
  cart: "_tt_cart_id",
  token: "_tt_jwt",
} as const
