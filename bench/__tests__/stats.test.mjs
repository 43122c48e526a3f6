// Pure bench helpers; run with `node --test bench/__tests__` (not part of
// `npm test`: jest ignores bench/, and no speed is asserted anywhere).
import assert from "node:assert/strict"
import { test } from "node:test"
import {
  cpuShare,
  markdownTable,
  median,
  parseCpuTicks,
  parsePpid,
  parseVmRssKib,
  percentile,
  processTree,
  ratio,
  summariseSteps,
} from "../lib/stats.mjs"

test("percentile uses the nearest rank and ignores non-numbers", () => {
  const values = [5, 1, 4, 2, 3, NaN]
  assert.equal(percentile(values, 50), 3)
  assert.equal(percentile(values, 99), 5)
  assert.equal(percentile(values, 0), 1)
  assert.equal(percentile([], 50), null)
  assert.equal(median([10, 20]), 10)
})

test("ratio is null when a side is missing or the divisor is zero", () => {
  assert.equal(ratio(10, 4), 2.5)
  assert.equal(ratio(10, 0), null)
  assert.equal(ratio(null, 4), null)
  assert.equal(ratio(3, undefined), null)
})

test("VmRSS and the parent pid are read from /proc text", () => {
  assert.equal(parseVmRssKib("Name:\tnode\nVmRSS:\t  412345 kB\n"), 412345)
  assert.equal(parseVmRssKib("Name:\tzombie\n"), 0)
  assert.equal(parsePpid("123 (node (worker) x) S 77 123 123 0"), 77)
})

test("processTree collects every descendant", () => {
  const pairs = [
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 3],
    [9, 8],
  ]
  assert.deepEqual(processTree(2, pairs).sort(), [2, 3, 4, 5])
})

test("markdownTable formats numbers, ratios, skips and escapes pipes", () => {
  const table = markdownTable([
    {
      route: "catalogue listing",
      connections: 10,
      rps: 512.34,
      p50: 18.2,
      p99: 60.7,
      first_request_ms: 412,
      errors: 0,
      non2xx: 1,
      vs_stock: 40.1234,
      vs_reference: 0.5,
      peak_rss_mib: 512.4,
    },
    { route: "search", skipped: true, note: "not built | yet" },
  ])
  const lines = table.split("\n")
  assert.equal(lines.length, 4)
  assert.match(
    lines[2],
    /\| catalogue listing \| 10 \| 512\.3 \| 18 \| 61 \| 412 \| 0 \/ 1 \| 40\.12× \| 0\.50× \| 512 \|/
  )
  assert.match(
    lines[3],
    /\| search \| – \| – \| – \| – \| – \| – \| – \| – \| – \| not built \\\| yet \|/
  )
})

test("summariseSteps gives per-step p50 and p99", () => {
  const out = summariseSteps([
    { a: 1, total: 10 },
    { a: 3, total: 30 },
    { a: 2, b: 5, total: 20 },
  ])
  assert.deepEqual(out.a, { p50: 2, p99: 3, n: 3 })
  assert.deepEqual(out.b, { p50: 5, p99: 5, n: 1 })
  assert.equal(out.total.p50, 20)
})

test("reads CPU ticks from /proc/<pid>/stat, comm with spaces included", () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  const stat =
    "4242 (node server) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0"
  assert.equal(parseCpuTicks(stat), 1800)
})

test("cpuShare is the fraction of a core used over the interval", () => {
  assert.equal(cpuShare(1000, 1050, 1000), 0.5)
  assert.equal(cpuShare(1000, 1000, 500), 0)
  assert.equal(cpuShare(1000, 1200, 1000), 2)
  assert.equal(cpuShare(1, 2, 0), null)
})
