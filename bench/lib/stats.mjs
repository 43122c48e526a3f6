// Pure helpers for the bench: percentiles, ratios, RSS parsing and the
// markdown table. Tested with `node --test bench/__tests__`.

/** The p-th percentile (0–100) of numbers, by nearest rank; null when empty. */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (!sorted.length) {
    return null
  }
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export const median = (values) => percentile(values, 50)

/** a / b, or null when either is missing or b is zero. */
export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) {
    return null
  }
  return a / b
}

/** VmRSS in KiB from the text of /proc/<pid>/status; 0 when absent. */
export function parseVmRssKib(statusText) {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText ?? "")
  return match ? Number(match[1]) : 0
}

/** The pids of a process and its descendants, from [pid, ppid] pairs. */
export function processTree(rootPid, pairs) {
  const children = new Map()
  for (const [pid, ppid] of pairs) {
    if (!children.has(ppid)) {
      children.set(ppid, [])
    }
    children.get(ppid).push(pid)
  }
  const out = []
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    out.push(pid)
    stack.push(...(children.get(pid) ?? []))
  }
  return out
}

/** The parent pid from the text of /proc/<pid>/stat (the comm may hold spaces). */
export function parsePpid(statText) {
  const afterComm = statText.slice(statText.lastIndexOf(")") + 2)
  return Number(afterComm.split(" ")[1])
}

const fmt = (value, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value)
    ? "–"
    : Number(value).toFixed(digits)

const fmtRatio = (value) => (value === null ? "–" : `${value.toFixed(2)}×`)

/**
 * The results table. Each row: { route, connections, rps, p50, p99, errors,
 * non2xx, vs_stock, vs_reference, peak_rss_mib, note }.
 */
export function markdownTable(rows) {
  const header = [
    "route",
    "conns",
    "req/s",
    "p50 ms",
    "p99 ms",
    "first ms",
    "errors / non-2xx",
    "our/stock",
    "our/reference",
    "peak RSS MiB",
    "note",
  ]
  const lines = [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
  ]
  for (const row of rows) {
    lines.push(
      `| ${[
        row.route,
        row.connections ?? "–",
        fmt(row.rps, 1),
        fmt(row.p50),
        fmt(row.p99),
        fmt(row.first_request_ms),
        row.skipped ? "–" : `${row.errors ?? 0} / ${row.non2xx ?? 0}`,
        fmtRatio(row.vs_stock ?? null),
        fmtRatio(row.vs_reference ?? null),
        fmt(row.peak_rss_mib),
        (row.note ?? "").replace(/\|/g, "\\|"),
      ].join(" | ")} |`
    )
  }
  return lines.join("\n")
}

/** Per-step medians of checkout samples ({ step: ms }), plus p99 of the total. */
export function summariseSteps(samples) {
  const steps = [...new Set(samples.flatMap((s) => Object.keys(s)))]
  return Object.fromEntries(
    steps.map((step) => {
      const values = samples.map((s) => s[step]).filter((v) => v !== undefined)
      return [
        step,
        { p50: median(values), p99: percentile(values, 99), n: values.length },
      ]
    })
  )
}

/** utime + stime, in clock ticks, from the text of /proc/<pid>/stat. */
export function parseCpuTicks(statText) {
  const fields = statText.slice(statText.lastIndexOf(")") + 2).split(" ")
  // Fields after the comm start at field 3 (state); utime and stime are 14 and 15.
  return Number(fields[11]) + Number(fields[12])
}

/**
 * The share of one core a process used between two tick readings taken
 * `ms` apart (USER_HZ is 100 on Linux).
 */
export function cpuShare(ticksBefore, ticksAfter, ms, hz = 100) {
  if (!(ms > 0)) {
    return null
  }
  return (ticksAfter - ticksBefore) / hz / (ms / 1000)
}
