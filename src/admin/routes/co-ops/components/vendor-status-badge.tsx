import { StatusBadge } from "@medusajs/ui"
import { VENDOR_STATUS_COLORS, VENDOR_STATUS_LABELS } from "../../../lib/format"

/** A co-op's status, coloured, in Chinese and English. */
export const VendorStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge
    data-testid="vendor-status"
    data-status={status}
    color={VENDOR_STATUS_COLORS[status] ?? "grey"}
  >
    {VENDOR_STATUS_LABELS[status] ?? status}
  </StatusBadge>
)
