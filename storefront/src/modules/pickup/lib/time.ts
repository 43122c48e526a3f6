/** Every time at the counter is Chongqing time, whatever the device's zone. */
export const CONSOLE_TIME_ZONE = "Asia/Shanghai"

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** The calendar day (YYYY-MM-DD) of an instant in Asia/Shanghai. */
export function shanghaiDay(value: Date | string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: CONSOLE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(value))
}

/** Whole Shanghai days from `now` to `value`: 0 today, 1 tomorrow, -1 yesterday. */
export function shanghaiDayOffset(value: Date | string, now: Date): number {
  const day = (d: Date | string) => Date.parse(`${shanghaiDay(d)}T00:00:00Z`)
  return Math.round((day(value) - day(now)) / DAY)
}

/** "18:00", 24-hour, in Shanghai. */
export function shanghaiClock(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: CONSOLE_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(value))
}

/** "12月3日" / "Dec 3", in Shanghai. */
export function shanghaiDate(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: CONSOLE_TIME_ZONE,
    month: "short",
    day: "numeric",
  }).format(new Date(value))
}

export type ClockLabel =
  | { day: "today" | "tomorrow" | "yesterday"; time: string }
  | { day: "date"; date: string; time: string }

/** A moment as staff say it: today / tomorrow / yesterday, else the date; with the time. */
export function clockLabel(
  value: Date | string,
  now: Date,
  locale: string
): ClockLabel {
  const time = shanghaiClock(value, locale)
  const offset = shanghaiDayOffset(value, now)
  if (offset === 0) {
    return { day: "today", time }
  }
  if (offset === 1) {
    return { day: "tomorrow", time }
  }
  if (offset === -1) {
    return { day: "yesterday", time }
  }
  return { day: "date", date: shanghaiDate(value, locale), time }
}

export type Span = { days: number; hours: number; minutes: number }

/** A duration in whole days, hours and minutes (rounded up to the minute). */
export function spanOf(ms: number): Span {
  const total = Math.max(0, Math.ceil(Math.abs(ms) / MINUTE))
  return {
    days: Math.floor(total / (24 * 60)),
    hours: Math.floor((total % (24 * 60)) / 60),
    minutes: total % 60,
  }
}

export type DeadlineState = {
  /** ok: more than 6 hours left; soon: 6 hours or less; overdue: past it. */
  state: "ok" | "soon" | "overdue"
  /** Time left (or, when overdue, how long ago it passed). */
  span: Span
}

const SOON = 6 * HOUR

/** Where a parcel stands against its deadline at `now`. */
export function deadlineState(
  deadline: Date | string,
  now: Date
): DeadlineState {
  const left = new Date(deadline).getTime() - now.getTime()
  return {
    state: left <= 0 ? "overdue" : left <= SOON ? "soon" : "ok",
    span: spanOf(left),
  }
}

/**
 * When an overdue parcel goes back to the co-op: the hourly job returns it
 * once the point's grace hours have passed after the deadline.
 */
export function returnAt(
  deadline: Date | string,
  graceHours: number | null | undefined
): Date {
  return new Date(new Date(deadline).getTime() + (graceHours ?? 24) * HOUR)
}
