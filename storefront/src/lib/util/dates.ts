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

/** The month it is now in Chongqing, 1–12. */
export function shopMonth(now: Date = new Date()) {
  return Number(
    new Intl.DateTimeFormat("en", {
      month: "numeric",
      timeZone: SHOP_TIME_ZONE,
    }).format(now)
  )
}

/** One month's short name: "11月" / "Nov". */
export function monthName(month: number, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(2024, month - 1, 15)))
}

/**
 * Harvest months as runs, wrapping over the new year: [11, 12, 1, 2, 3] →
 * "11月–3月" / "Nov–Mar"; [5, 9] → "5月、9月" / "May, Sep".
 */
export function formatMonths(
  months: number[] | null | undefined,
  locale: string
) {
  const set = [...new Set(months ?? [])]
    .filter((m) => Number.isInteger(m) && m >= 1 && m <= 12)
    .sort((a, b) => a - b)
  if (!set.length) {
    return ""
  }
  const next = (m: number) => (m % 12) + 1
  const prev = (m: number) => ((m + 10) % 12) + 1
  const has = (m: number) => set.includes(m)
  const runs: [number, number][] = []
  if (set.length === 12) {
    runs.push([1, 12])
  } else {
    // A run starts where the month before is not a harvest month.
    for (const start of set.filter((m) => !has(prev(m)))) {
      let end = start
      while (has(next(end))) {
        end = next(end)
      }
      runs.push([start, end])
    }
  }
  const zh = locale.startsWith("zh")
  return runs
    .map(([a, b]) =>
      a === b
        ? monthName(a, locale)
        : `${monthName(a, locale)}–${monthName(b, locale)}`
    )
    .join(zh ? "、" : ", ")
}
