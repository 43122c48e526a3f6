export const adminPayoutFields = [
  "id",
  "vendor_id",
  "currency_code",
  "amount",
  "reference",
  "note",
  "recorded_by",
  "created_at",
  "lines.id",
  "lines.order_id",
  "lines.gross",
  "lines.commission",
  "lines.net",
  "lines.status",
  "lines.paid_at",
]

export const listAdminPayoutsConfig = {
  defaults: adminPayoutFields,
  isList: true,
}
