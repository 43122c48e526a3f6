import { MathBN } from "@medusajs/framework/utils"
import { PAYOUT_LINE_STATUSES } from "../validators"

type PayoutLineStatus = (typeof PAYOUT_LINE_STATUSES)[number]

export type ReportLine = {
  id: string
  vendor_id: string
  vendor_name?: string | null
  order_id: string
  order_display_id?: number | null
  status: string
  currency_code: string
  gross: unknown
  commission: unknown
  net: unknown
  delivered_at?: Date | string | null
  payable_after?: Date | string | null
  paid_at?: Date | string | null
  payout_id?: string | null
  created_at?: Date | string | null
}

export type ReportTotals = { gross: number; commission: number; net: number }

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** Sums gross, commission and net exactly (no floating-point drift). */
export function sumLines(
  lines: Pick<ReportLine, "gross" | "commission" | "net">[]
): ReportTotals {
  const sum = (key: "gross" | "commission" | "net") =>
    lines
      .reduce((acc, l) => MathBN.add(acc, l[key] as any), MathBN.convert(0))
      .toNumber()
  return { gross: sum("gross"), commission: sum("commission"), net: sum("net") }
}

/**
 * The statuses whose lines the report's totals add up. A cancelled order's
 * line is owed by nobody, so it is listed but left out of the totals unless
 * the caller filters on `cancelled` itself.
 */
export function totalsStatuses(
  status?: PayoutLineStatus | PayoutLineStatus[]
): PayoutLineStatus[] {
  if (status !== undefined) {
    return Array.isArray(status) ? status : [status]
  }
  return PAYOUT_LINE_STATUSES.filter((s) => s !== "cancelled")
}

/**
 * A report date bound. A bare day (2026-11-30) is a day in Beijing time, the
 * market's clock; `to` then covers that whole day.
 */
export function dateBound(value: string, edge: "from" | "to"): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = new Date(`${value}T00:00:00+08:00`)
    return edge === "from"
      ? start
      : new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1)
  }
  return new Date(value)
}

/** A timestamp as Beijing wall-clock time, "2026-11-30 14:05:00". */
export function beijingTime(value: Date | string | null | undefined): string {
  if (!value) {
    return ""
  }
  const shifted = new Date(new Date(value).getTime() + BEIJING_OFFSET_MS)
  return shifted.toISOString().slice(0, 19).replace("T", " ")
}

/** Today's date in Beijing, for file names. */
export function beijingDate(now = new Date()): string {
  return beijingTime(now).slice(0, 10)
}

export const CSV_COLUMNS: [string, (l: ReportLine) => unknown][] = [
  ["结算行编号 / line_id", (l) => l.id],
  ["合作社编号 / vendor_id", (l) => l.vendor_id],
  ["合作社名称 / vendor_name", (l) => l.vendor_name ?? ""],
  ["订单编号 / order_id", (l) => l.order_id],
  ["订单号 / order_no", (l) => l.order_display_id ?? ""],
  ["状态 / status", (l) => l.status],
  ["币种 / currency", (l) => l.currency_code.toUpperCase()],
  ["订单金额 / gross", (l) => money(l.gross)],
  ["平台佣金 / commission", (l) => money(l.commission)],
  ["应付金额 / net", (l) => money(l.net)],
  ["送达时间 / delivered_at (UTC+8)", (l) => beijingTime(l.delivered_at)],
  ["可结算时间 / payable_after (UTC+8)", (l) => beijingTime(l.payable_after)],
  ["付款时间 / paid_at (UTC+8)", (l) => beijingTime(l.paid_at)],
  ["付款记录 / payout_id", (l) => l.payout_id ?? ""],
  ["创建时间 / created_at (UTC+8)", (l) => beijingTime(l.created_at)],
]

function money(value: unknown): string {
  return MathBN.convert(value as any).toFixed(2)
}

/**
 * One CSV cell. Quotes what needs quoting, and defuses text that a
 * spreadsheet would run as a formula (a co-op names itself).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The ledger report as CSV: a byte-order mark so that Excel reads UTF-8
 * Chinese correctly, a bilingual header row, then one row per line.
 */
export function payoutLinesCsv(lines: ReportLine[]): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...lines.map((line) => CSV_COLUMNS.map(([, get]) => get(line))),
  ]
  return (
    "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"
  )
}
