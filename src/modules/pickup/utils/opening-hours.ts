import type { OpeningHours } from "../types"

const SHANGHAI_OFFSET_MS = 8 * 3600_000

/** ISO weekday (1 = Monday … 7 = Sunday) and "HH:MM" of `now` in Asia/Shanghai. */
export function shanghaiClock(now: Date): { weekday: number; time: string } {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
  const day = local.getUTCDay()
  return {
    weekday: day === 0 ? 7 : day,
    time: local.toISOString().slice(11, 16),
  }
}

/**
 * Today's opening periods in Asia/Shanghai, sorted, and whether the point
 * is open at `now` (open ≤ now < close).
 */
export function hoursAt(hours: OpeningHours[], now: Date) {
  const { weekday, time } = shanghaiClock(now)
  const today = (hours ?? [])
    .filter((p) => p.days.includes(weekday))
    .map(({ open, close }) => ({ open, close }))
    .sort((a, b) => a.open.localeCompare(b.open))
  return {
    today,
    open_now: today.some((p) => p.open <= time && time < p.close),
  }
}
