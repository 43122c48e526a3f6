#!/usr/bin/env node
// Lighthouse (mobile preset, simulated throttling) on the storefront's home
// and product pages, plus the product page's server response time.
//
//   node bench/lighthouse.mjs --storefront http://localhost:8340 \
//     --product fengjie-navel-orange-graded [--runs 3] [--locales zh-CN,en] \
//     [--out bench/results]
//
// It runs against a storefront that is already up (a production build:
// `next build` then `next start`); `npm run bench` builds and starts one and
// calls runLighthouse() from here. Chromium is CHROME_PATH or
// /usr/bin/chromium. Prints one row per run and the median of each page,
// and writes every report as JSON under --out.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const lighthouseBin = path.join(root, "node_modules", ".bin", "lighthouse")

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
]

const median = (values) => {
  const sorted = values
    .filter((v) => typeof v === "number")
    .sort((a, b) => a - b)
  if (!sorted.length) {
    return undefined
  }
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function exec(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "pipe"],
      ...options,
    })
    let stderr = ""
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-4000)
    })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `lighthouse exited ${code}: ${stderr.trim().split("\n").pop()}`
            )
          )
    )
  })
}

/**
 * Time to the first byte of a page as the storefront serves it (no browser,
 * no throttling): `samples` sequential GETs after one warm-up, in ms.
 */
export async function serverResponseTime(url, samples = 10, locale = "zh-CN") {
  const times = []
  for (let i = 0; i <= samples; i++) {
    const started = performance.now()
    const res = await fetch(url, {
      redirect: "manual",
      headers: { "accept-language": locale },
    })
    const ttfb = performance.now() - started
    await res.arrayBuffer()
    if (!res.ok) {
      throw new Error(`${url} answered ${res.status}`)
    }
    if (i > 0) {
      times.push(ttfb)
    }
  }
  const sorted = [...times].sort((a, b) => a - b)
  return {
    samples,
    median_ms: median(times),
    p90_ms:
      sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)],
  }
}

/** One Lighthouse run of one URL, summarised. */
async function runOnce(url, file, chrome, locale) {
  await exec(
    lighthouseBin,
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${file}`,
      // A phone set to the page's language: next-intl would otherwise
      // redirect a Chinese page to /en for Chrome's default en-US.
      `--extra-headers=${JSON.stringify({ "Accept-Language": `${locale},${locale.split("-")[0]};q=0.9` })}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: chrome } }
  )
  const report = JSON.parse(fs.readFileSync(file, "utf8"))
  if (report.runtimeError?.code) {
    throw new Error(
      `${report.runtimeError.code}: ${report.runtimeError.message}`
    )
  }
  const audit = (id) => report.audits?.[id]?.numericValue
  const failing = (category) =>
    (report.categories?.[category]?.auditRefs ?? [])
      .filter(
        (ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1
      )
      .map((ref) => ref.id)
  return {
    scores: Object.fromEntries(
      Object.entries(report.categories ?? {}).map(([k, v]) => [
        k,
        v.score === null ? null : Math.round(v.score * 100),
      ])
    ),
    lcp_ms: audit("largest-contentful-paint"),
    fcp_ms: audit("first-contentful-paint"),
    tbt_ms: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    si_ms: audit("speed-index"),
    server_response_ms: audit("server-response-time"),
    failing: {
      performance: failing("performance"),
      accessibility: failing("accessibility"),
      "best-practices": failing("best-practices"),
      seo: failing("seo"),
    },
    load_average: os.loadavg()[0],
    // Lighthouse's own CPU benchmark for the run: on a shared machine it
    // says more about the numbers than the load average does.
    benchmark_index: report.environment?.benchmarkIndex,
  }
}

/**
 * Lighthouse on the home and product pages, `runs` times each, one after
 * the other (never in parallel: the numbers are CPU-bound), in each of
 * `locales` (zh-CN at /, en at /en). Returns `{ pages: { home, product,
 * "home en", … }, server_response }` with every run and the median of each
 * number.
 */
export async function runLighthouse({
  storefront,
  product,
  runs = 3,
  locales = ["zh-CN"],
  outDir = path.join(root, "bench", "results"),
  stamp = new Date().toISOString().replace(/[:.]/g, "-"),
  chrome = process.env.CHROME_PATH || "/usr/bin/chromium",
  log = () => {},
}) {
  if (!fs.existsSync(chrome)) {
    return { skipped: `no Chromium at ${chrome} (set CHROME_PATH)` }
  }
  const base = storefront.replace(/\/$/, "")
  const pages = {}
  for (const locale of locales) {
    const prefix = locale === "zh-CN" ? "" : `/${locale}`
    const suffix = locale === "zh-CN" ? "" : ` ${locale}`
    pages[`home${suffix}`] = { locale, url: `${base}${prefix || "/"}` }
    pages[`product${suffix}`] = {
      locale,
      url: `${base}${prefix}/products/${encodeURIComponent(product)}`,
    }
  }
  fs.mkdirSync(outDir, { recursive: true })
  // Warm the storefront's data cache so the first run is not the cold one.
  for (const { url, locale } of Object.values(pages)) {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(url, { headers: { "accept-language": locale } })
      await res.arrayBuffer()
      if (!res.ok) {
        throw new Error(`${url} answered ${res.status}`)
      }
    }
  }
  const result = { pages: {}, runs }
  for (const [name, { url, locale }] of Object.entries(pages)) {
    const page = { url, locale, runs: [] }
    for (let i = 1; i <= runs; i++) {
      const file = path.join(
        outDir,
        `${stamp}.lighthouse-${name.replace(" ", "-")}-${i}.json`
      )
      log(`Lighthouse (mobile) ${name} ${i}/${runs}: ${url}`)
      try {
        page.runs.push({
          report: path.relative(root, file),
          ...(await runOnce(url, file, chrome, locale)),
        })
      } catch (error) {
        page.runs.push({ error: error.message })
      }
    }
    const ok = page.runs.filter((r) => !r.error)
    const categories = ["performance", "accessibility", "best-practices", "seo"]
    page.median = {
      scores: Object.fromEntries(
        categories.map((c) => [c, median(ok.map((r) => r.scores[c]))])
      ),
      ...Object.fromEntries(
        [
          "lcp_ms",
          "fcp_ms",
          "tbt_ms",
          "cls",
          "si_ms",
          "server_response_ms",
        ].map((k) => [k, median(ok.map((r) => r[k]))])
      ),
    }
    result.pages[name] = page
  }
  // The first locale's pages: the numbers the issue asks for.
  const first = (kind) =>
    Object.entries(pages).find(([name]) => name.startsWith(kind))[1]
  result.server_response = {
    product: await serverResponseTime(
      first("product").url,
      10,
      first("product").locale
    ),
    home: await serverResponseTime(first("home").url, 10, first("home").locale),
  }
  return result
}

const fmt = (v, digits = 0) => (typeof v === "number" ? v.toFixed(digits) : "–")

/** The result as a markdown table: every run, then each page's median. */
export function lighthouseMarkdown(result) {
  if (!result || result.skipped) {
    return `Lighthouse: skipped (${result?.skipped ?? "not run"})`
  }
  const lines = [
    "| page | run | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | server response ms | load avg | CPU index |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ]
  const row = (name, label, r) =>
    `| ${name} | ${label} | ${fmt(r.scores.performance)} | ${fmt(r.scores.accessibility)} | ${fmt(r.scores["best-practices"])} | ${fmt(r.scores.seo)} | ${fmt(r.lcp_ms)} | ${fmt(r.tbt_ms)} | ${fmt(r.cls, 3)} | ${fmt(r.server_response_ms)} | ${fmt(r.load_average, 2)} | ${fmt(r.benchmark_index)} |`
  for (const [name, page] of Object.entries(result.pages)) {
    page.runs.forEach((r, i) => {
      lines.push(
        r.error
          ? `| ${name} | ${i + 1} | error: ${r.error.slice(0, 80)} | | | | | | | | | |`
          : row(name, String(i + 1), r)
      )
    })
    if (page.runs.filter((r) => !r.error).length > 1) {
      lines.push(row(name, "median", page.median))
    }
  }
  const s = result.server_response
  if (s) {
    lines.push(
      "",
      `Server response (time to first byte, no throttling, ${s.product.samples} sequential GETs): product page median ${fmt(s.product.median_ms)} ms, p90 ${fmt(s.product.p90_ms)} ms; home median ${fmt(s.home.median_ms)} ms, p90 ${fmt(s.home.p90_ms)} ms.`
    )
  }
  const failing = Object.entries(result.pages).flatMap(([name, page]) => {
    const ids = new Set(
      page.runs.flatMap((r) =>
        r.failing ? [...r.failing.performance, ...r.failing.accessibility] : []
      )
    )
    return ids.size ? [`${name}: ${[...ids].join(", ")}`] : []
  })
  if (failing.length) {
    lines.push(
      "",
      `Audits not passed (performance, accessibility): ${failing.join("; ")}.`
    )
  }
  return lines.join("\n")
}

// ---------------------------------------------------------------- CLI
if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const argv = process.argv.slice(2)
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
  }
  const storefront = opt("storefront", null)
  const product = opt("product", null)
  if (!storefront || !product) {
    console.error(
      "usage: node bench/lighthouse.mjs --storefront http://localhost:8000 --product <handle> [--runs 3] [--locales zh-CN,en] [--out bench/results]"
    )
    process.exit(2)
  }
  const outDir = path.resolve(opt("out", path.join(root, "bench", "results")))
  runLighthouse({
    storefront,
    product,
    runs: Number(opt("runs", 3)),
    locales: String(opt("locales", "zh-CN")).split(","),
    outDir,
    log: (line) => console.error(`» ${line}`),
  })
    .then((result) => {
      console.log(lighthouseMarkdown(result))
      const file = path.join(
        outDir,
        `${new Date().toISOString().replace(/[:.]/g, "-")}.lighthouse.json`
      )
      fs.writeFileSync(file, JSON.stringify(result, null, 2))
      console.error(`» written: ${path.relative(process.cwd(), file)}`)
      const failed = Object.values(result.pages ?? {}).some((p) =>
        p.runs.every((r) => r.error)
      )
      process.exit(result.skipped || failed ? 1 : 0)
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
