import { clockLabel, deadlineState, type Span } from "./time"

/** The console's translator (next-intl's, narrowed to what these helpers use). */
export type T = (
  key: string,
  values?: Record<string, string | number>
) => string

/** "今天 18:00" / "tomorrow 09:30" / "12月3日 18:00", in Shanghai time. */
export function sayWhen(
  t: T,
  value: string | Date | null | undefined,
  now: Date,
  locale: string
): string {
  if (!value) {
    return "—"
  }
  const label = clockLabel(value, now, locale)
  return label.day === "date"
    ? t("when.date", { date: label.date, time: label.time })
    : t(`when.${label.day}`, { time: label.time })
}

/** "1 天 3 小时" / "2 h 5 min" / "40 分钟". */
export function saySpan(t: T, span: Span): string {
  if (span.days) {
    return t("span.days", { days: span.days, hours: span.hours })
  }
  if (span.hours) {
    return t("span.hours", { hours: span.hours, minutes: span.minutes })
  }
  return t("span.minutes", { minutes: span.minutes })
}

/** "还剩 5 小时 0 分" / "已逾期 2 小时 10 分", with its urgency. */
export function sayLeft(
  t: T,
  deadline: string | Date,
  now: Date
): { text: string; state: "ok" | "soon" | "overdue" } {
  const { state, span } = deadlineState(deadline, now)
  return { text: t(`left.${state}`, { span: saySpan(t, span) }), state }
}
