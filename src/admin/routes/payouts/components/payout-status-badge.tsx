import { StatusBadge } from "@medusajs/ui"
import { PAYOUT_STATUS_COLORS, PAYOUT_STATUS_LABELS } from "../../../lib/format"

/** A ledger line's status, coloured, in Chinese and English. */
export const PayoutStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={PAYOUT_STATUS_COLORS[status] ?? "grey"}>
    {PAYOUT_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
