export const adminPayoutLineFields = [
  "id",
  "order_id",
  "vendor_id",
  "currency_code",
  "gross",
  "commission",
  "net",
  "status",
  "delivered_at",
  "payable_after",
  "paid_at",
  "payout_id",
  "created_at",
  "updated_at",
]

export const listAdminPayoutLinesConfig = {
  defaults: adminPayoutLineFields,
  isList: true,
}
