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

export const MEMBER_ROLE_LABELS: Record<string, string> = {
  owner: "负责人 / Owner",
  manager: "管理员 / Manager",
  staff: "员工 / Staff",
}

export const MEMBER_STATUS_LABELS: Record<string, string> = {
  active: "已加入 / Joined",
  invited: "已邀请 / Invited",
  disabled: "已停用 / Disabled",
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

const STATUS_PREFIXES: Record<number, string> = {
  400: "输入有误 / Please check",
  401: "登录已过期，请重新登录 / Your session expired, sign in again",
  403: "无权操作 / Not allowed",
  404: "未找到 / Not found",
  409: "与他人操作冲突，请重试 / Changed by someone else, try again",
  422: "已存在 / Already exists",
}

/**
 * An API error in words an operator can act on: a Chinese lead by HTTP
 * status, then the server's sentence (which names the field and the rule)
 * without Medusa's "Invalid request:" preamble, and never "[object Object]".
 */
export function errorMessage(error: unknown) {
  const status = (error as { status?: number } | null)?.status
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : "未知错误 / Unknown error"
  const message = raw.replace(/^Invalid request:\s*/i, "").trim()
  const lead =
    status && status >= 500
      ? "服务器出错，请稍后重试 / Server error, try again later"
      : status
        ? STATUS_PREFIXES[status]
        : undefined
  if (!lead) {
    return message || raw
  }
  return message && status !== 401 ? `${lead}: ${message}` : lead
}
