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
  // The co-op console's reference data, per co-op (orders and stock are read live).
  vendorMembers: (vendorId: string) => `vendor-members-${vendorId}`,
  vendorClaims: (vendorId: string) => `vendor-claims-${vendorId}`,
  gradeStandards: "grade-standards",
  // The pickup-point console: parcels per point, shared by that point's staff.
  pickupParcels: (pointId: string) => `pickup-parcels-${pointId}`,
  pickupParcel: (parcelId: string) => `pickup-parcel-${parcelId}`,
} as const

/** The system payment provider Medusa always registers. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

/** Medusa 2.20+ caps each `fields` path at this many relations (http.storeRelationsLimit). */
export const STORE_RELATIONS_LIMIT = 3

export const COOKIES = {
  cart: "_tt_cart_id",
  token: "_tt_jwt",
  /** The co-op console's login, separate from the customer's. */
  vendorToken: "_tt_vendor_jwt",
  /** The pickup-point console's login, separate from the customer's and the co-op's. */
  pickupToken: "_tt_pickup_jwt",
  /** The point a pickup staff member is working at (one of theirs, or "all"). */
  pickupPoint: "_tt_pickup_point",
  /** A guest's order lookup (order number and phone tail), for 30 minutes. */
  orderLookup: "_tt_order_lookup",
} as const
