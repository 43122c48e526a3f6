export type VendorStatus =
  "pending_review" | "active" | "suspended" | "rejected" | "closed"

export type VendorStatusAction =
  "approve" | "reject" | "suspend" | "reinstate" | "close"

/** Which statuses each platform action moves a co-op from, and to. */
export const VENDOR_TRANSITIONS: Record<
  VendorStatusAction,
  { from: VendorStatus[]; to: VendorStatus }
> = {
  approve: { from: ["pending_review"], to: "active" },
  reject: { from: ["pending_review"], to: "rejected" },
  suspend: { from: ["active"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "active" },
  close: { from: ["active", "suspended"], to: "closed" },
}

/**
 * The status an action leads to from the current one, or a sentence saying
 * why the action is not allowed.
 */
export function nextVendorStatus(
  current: VendorStatus,
  action: VendorStatusAction
): { to: VendorStatus } | { error: string } {
  const transition = VENDOR_TRANSITIONS[action]
  if (!transition.from.includes(current)) {
    return {
      error: `Cannot ${action} a co-op that is ${current}; only ${transition.from.join(
        " or "
      )} co-ops can be ${action === "close" ? "closed" : `${action.replace(/e$/, "")}ed`}.`,
    }
  }
  return { to: transition.to }
}
