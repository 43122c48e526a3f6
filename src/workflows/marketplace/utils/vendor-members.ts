export type MemberRole = "owner" | "manager" | "staff"

export type MemberLike = {
  id: string
  role: string
  status: string
}

/**
 * Why a role change or removal would leave a co-op without an active owner,
 * or null when it keeps at least one. `nextRole` is the member's new role, or
 * null when the member is removed.
 */
export function lastOwnerProblem(
  members: MemberLike[],
  memberId: string,
  nextRole: MemberRole | null
): string | null {
  const target = members.find((m) => m.id === memberId)
  if (!target || target.role !== "owner" || nextRole === "owner") {
    return null
  }
  const otherOwners = members.filter(
    (m) => m.id !== memberId && m.role === "owner" && m.status === "active"
  )
  if (otherOwners.length) {
    return null
  }
  const change = nextRole === null ? "be removed" : `become ${nextRole}`
  return `Co-op member "${memberId}" is the co-op's last owner and cannot ${change}; make another active member owner first. 合作社至少需要一名负责人（owner）。`
}
