/** Labels shown zh-CN first, with English. */
export const VENDOR_STATUS_LABELS: Record<string, string> = {
  pending_review: "待审核 / Pending review",
  active: "已启用 / Active",
  suspended: "已暂停 / Suspended",
  rejected: "已驳回 / Rejected",
  closed: "已关闭 / Closed",
}

export const VENDOR_STATUS_COLORS: Record<
  string,
  "green" | "orange" | "red" | "grey" | "blue"
> = {
  pending_review: "orange",
  active: "green",
  suspended: "red",
  rejected: "grey",
  closed: "grey",
}

export const VENDOR_KIND_LABELS: Record<string, string> = {
  cooperative: "合作社 / Co-op",
  family_farm: "家庭农场 / Family farm",
  enterprise: "农业企业 / Agri-enterprise",
}

export const PAYOUT_STATUS_LABELS: Record<string, string> = {
  pending: "待确认 / Pending",
  payable: "可结算 / Payable",
  paid: "已付款 / Paid",
  cancelled: "已取消 / Cancelled",
}

export const PAYOUT_STATUS_COLORS: Record<
  string,
  "green" | "orange" | "red" | "grey" | "blue"
> = {
  pending: "orange",
  payable: "blue",
  paid: "green",
  cancelled: "grey",
}

export const PRODUCT_STATUS_LABELS: Record<string, string> = {
  draft: "草稿 / Draft",
  proposed: "待审核 / Proposed",
  published: "已上架 / Published",
  rejected: "已驳回 / Rejected",
}

/** A yuan amount, "¥1,234.50". */
export function yuan(amount: number | string | null | undefined) {
  const value = Number(amount ?? 0)
  return new Intl.NumberFormat("zh-CN", {
    style: "currency",
    currency: "CNY",
  }).format(value)
}

/** A date and time in Beijing time, "2026/11/30 14:05". */
export function dateTime(value: string | Date | null | undefined) {
  if (!value) {
    return "—"
  }
  return new Intl.DateTimeFormat("zh-CN", {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(value))
}

/** A date in Beijing time, "2026/11/30". */
export function date(value: string | Date | null | undefined) {
  if (!value) {
    return "—"
  }
  return new Intl.DateTimeFormat("zh-CN", {
    dateStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(value))
}

/** An API error's message, for a toast. */
export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}
