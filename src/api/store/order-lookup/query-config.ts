/**
 * What the lookup reads of an order: its own answer is built from these
 * and nothing else (see view.ts). The phone is read only to compare its
 * tail; it is never answered, nor are the email, address or order id.
 */
export const orderLookupFields = [
  "id",
  "display_id",
  "status",
  "created_at",
  "metadata",
  "shipping_address.phone",
  "items.title",
  "items.subtitle",
  // An order line's quantity lives on its version's detail row.
  "items.detail.quantity",
  "vendor.name",
  "vendor.handle",
  "order_group.display_id",
]
