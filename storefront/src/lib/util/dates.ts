/** Every date on the shop is a Chongqing date, whatever the server's zone. */
export const SHOP_TIME_ZONE = "Asia/Shanghai"

/** "2026年11月23日" / "Nov 23, 2026". */
export function formatDate(
  value: string | Date | null | undefined,
  locale: string
) {
  if (!value) {
    return "—"
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: SHOP_TIME_ZONE,
  }).format(new Date(value))
}

/** "2026年11月23日 18:00" / "Nov 23, 2026, 18:00". */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale: string
) {
  if (!value) {
    return "—"
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: SHOP_TIME_ZONE,
  }).format(new Date(value))
}

export type OpeningHours = { days: number[]; open: string; close: string }[]

/** Opening hours as one line per rule: "周一至周五 08:00–21:00". 1 = Monday. */
export function formatOpeningHours(
  hours: OpeningHours | null | undefined,
  locale: string
) {
  if (!hours?.length) {
    return []
  }
  // 2024-01-01 was a Monday: day n is January n.
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(locale, {
      weekday: "short",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(2024, 0, day)))
  const dash = locale.startsWith("zh") ? "至" : "–"
  return hours.map(({ days, open, close }) => {
    const sorted = [...days].sort((a, b) => a - b)
    const contiguous = sorted.every(
      (d, i) => i === 0 || d === sorted[i - 1] + 1
    )
    const label =
      sorted.length > 2 && contiguous
        ? `${dayName(sorted[0])}${dash}${dayName(sorted[sorted.length - 1])}`
        : sorted.map(dayName).join(locale.startsWith("zh") ? "、" : ", ")
    return `${label} ${open}–${close}`
  })
}
