import { StatusBadge } from "@medusajs/ui"

/** Whether the standard's figures were checked against the published text. */
export const VerificationBadge = ({
  verification,
}: {
  verification: string
}) =>
  verification === "verified" ? (
    <StatusBadge color="green">已核实 / Verified</StatusBadge>
  ) : (
    <StatusBadge color="orange">未核实 / Unverified</StatusBadge>
  )

/** Active, or replaced by a newer version. */
export const StandardStatusBadge = ({ status }: { status: string }) =>
  status === "superseded" ? (
    <StatusBadge color="grey">已被替代 / Superseded</StatusBadge>
  ) : (
    <StatusBadge color="green">现行 / Active</StatusBadge>
  )
