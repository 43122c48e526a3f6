export type LedgerLineState = {
  id: string
  order_id: string
  status: "pending" | "payable" | "paid" | "cancelled"
}

/**
 * What cancelling orders does to their ledger lines. Pending and payable
 * lines are cancelled: the platform owes nothing for a cancelled order.
 * Paid lines are left as they are, because the money has left: recovering
 * it is an adjustment made outside the ledger, so they are only reported.
 * Lines already cancelled need nothing, which makes a rerun a no-op.
 */
export function planPayoutLineCancellation(lines: LedgerLineState[]) {
  return {
    cancel: lines.filter(
      (l) => l.status === "pending" || l.status === "payable"
    ),
    paid: lines.filter((l) => l.status === "paid"),
  }
}

/** Line ids by the status to restore them to, for a rollback. */
export function idsByStatus(lines: Pick<LedgerLineState, "id" | "status">[]) {
  const groups: Record<string, string[]> = {}
  for (const line of lines) {
    groups[line.status] = [...(groups[line.status] ?? []), line.id]
  }
  return groups
}
