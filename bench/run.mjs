#!/usr/bin/env node
// `npm run bench`: the benchmark suite of issue #7.
//
//   npm run bench                         10,000 products, 15 s per run
//   npm run bench -- --products 100000    a bigger catalogue
//   npm run bench -- --quick              1,000 products, 3 s per run (smoke)
//
// Options: --products N, --duration S, --connections 10,50, --port 9100,
// --runs K (sequential checkouts per scenario), --only a,b (route names),
// --vendor-orders N (orders of the demo co-op for the order list, 10,000;
// topped up by bench/seed-orders.ts), --no-build, --lighthouse /
// --no-lighthouse.
//
//   npm run bench -- --only orders        the co-op order list alone
//
// It creates (or reuses) the database tiantou_bench_<N> on DATABASE_URL's
// server, or on the embedded PostgreSQL when DATABASE_URL is unset; migrates
// it; seeds it with bench/seed.ts; builds the production server (medusa
// build, skipped when the sources did not change); starts it from
// .medusa/server; runs autocannon against each route at each connection
// count while sampling the server's RSS; times checkouts step by step; runs
// Lighthouse on the storefront when there is one; and writes
// bench/results/<timestamp>.json and .md.
import crypto from "node:crypto"
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { hashTree, readJson, writeJson } from "../scripts/lib/fsutil.mjs"
import { info, step, warn } from "../scripts/lib/log.mjs"
import {
  ensureDatabase,
  isPortFree,
  startEmbeddedPostgres,
} from "../scripts/lib/postgres.mjs"
import { buildBackendIfNeeded } from "../scripts/lib/build.mjs"
import { apiNodeOptions } from "../scripts/lib/servers.mjs"
import { run } from "../scripts/lib/run.mjs"
import { queryOne } from "../scripts/lib/database.mjs"
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
} from "./lib/stats.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.join(root, ".data")
const serverDir = path.join(root, ".medusa", "server")
const storefrontDir = path.join(root, "storefront")
const resultsDir = path.join(root, "bench", "results")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2)
const flag = (name) => argv.includes(`--${name}`)
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
}
const quick = flag("quick")
const options = {
  quick,
  products: Number(opt("products", quick ? 1000 : 10000)),
  duration: Number(opt("duration", quick ? 3 : 15)),
  connections: String(opt("connections", "10,50"))
    .split(",")
    .map(Number)
    .filter(Boolean),
  port: Number(opt("port", 9100)),
  runs: Number(opt("runs", quick ? 2 : 8)),
  vendorOrders: Number(opt("vendor-orders", quick ? 1000 : 10000)),
  only: opt("only", null)?.split(","),
  build: !flag("no-build"),
  lighthouse: flag("lighthouse") || (!quick && !flag("no-lighthouse")),
}
let BACKEND = `http://localhost:${options.port}`
let REFERENCE_PORT = options.port + 1
let STOREFRONT_PORT = options.port + 2

/** Moves the three ports up until all are free (other servers may run). */
async function choosePorts() {
  for (let port = options.port; port < options.port + 200; port += 3) {
    const free = await Promise.all(
      [port, port + 1, port + 2].map((p) => isPortFree(p))
    )
    if (free.every(Boolean)) {
      if (port !== options.port) {
        info(`port ${options.port} is taken; using ${port}–${port + 2}`)
      }
      options.port = port
      BACKEND = `http://localhost:${port}`
      REFERENCE_PORT = port + 1
      STOREFRONT_PORT = port + 2
      return
    }
  }
  throw new Error(`no three free ports from ${options.port}`)
}

const children = []
let stopDatabase = async () => {}
const started = Date.now()
const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const serverLog = path.join(resultsDir, `${stamp}.server.log`)

// ---------------------------------------------------------------- setup
async function resolveDatabase() {
  const name = `tiantou_bench_${options.products}`
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = "/postgres"
    await ensureDatabase(root, url.toString(), name)
    url.pathname = `/${name}`
    info(`database ${name} on DATABASE_URL's server`)
    return url.toString()
  }
  const pg = await startEmbeddedPostgres(root)
  stopDatabase = pg.stop
  await ensureDatabase(root, pg.urlFor("postgres"), name)
  return pg.urlFor(name)
}

function benchEnv(databaseUrl) {
  const secrets = {
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    PICKUP_CODE_SECRET: crypto.randomBytes(32).toString("hex"),
    ...readJson(path.join(dataDir, "bench-secrets.json"), null),
  }
  writeJson(path.join(dataDir, "bench-secrets.json"), secrets)
  return {
    ...process.env,
    ...secrets,
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

async function migrateIfNeeded(databaseUrl, env) {
  const stateFile = path.join(dataDir, "bench-state.json")
  const state = readJson(stateFile, {})
  const inputs = hashTree(root, [
    "package-lock.json",
    "medusa-config.ts",
    "src/modules",
    "src/links",
    "src/migration-scripts",
  ])
  if (state.migrated?.[databaseUrl] === inputs) {
    info("schema up to date")
    return false
  }
  step("Migrating the bench database (medusa db:migrate)")
  await run(medusaBin, ["db:migrate"], { cwd: root, env })
  writeJson(stateFile, {
    ...state,
    migrated: { ...state.migrated, [databaseUrl]: inputs },
  })
  return true
}

/** Seeds unless the store records a finished bench seed of this size. */
async function seedIfNeeded(databaseUrl, env) {
  const row = await queryOne(
    root,
    databaseUrl,
    `select metadata -> 'tiantou_bench' as bench from store
      where deleted_at is null order by created_at limit 1`
  ).catch(() => null)
  if (row?.bench?.products === options.products) {
    info(
      `dataset reused: ${options.products} products, ${row.bench.coops} co-ops, ${row.bench.pickup_points} pickup points (seeded ${row.bench.seeded_at})`
    )
    return { reused: true, ...row.bench }
  }
  step(`Seeding ${options.products} products (bench/seed.ts)`)
  const out = path.join(resultsDir, `${stamp}.seed.json`)
  const t0 = Date.now()
  await run(medusaBin, ["exec", "./bench/seed.ts"], {
    cwd: root,
    env: {
      ...env,
      BENCH_PRODUCTS: String(options.products),
      BENCH_PICKUP_POINTS: String(opt("pickup-points", 10000)),
      BENCH_SEED_OUT: out,
    },
  })
  const stats = readJson(out, {})
  fs.rmSync(out, { force: true })
  return { reused: false, wall_s: (Date.now() - t0) / 1000, ...stats }
}

/** Tops the demo co-op's order book up to --vendor-orders (bench/seed-orders.ts). */
async function seedVendorOrders(env, email) {
  step(
    `Topping the co-op's orders up to ${options.vendorOrders} (bench/seed-orders.ts)`
  )
  const out = path.join(resultsDir, `${stamp}.orders.json`)
  const t0 = Date.now()
  await run(medusaBin, ["exec", "./bench/seed-orders.ts"], {
    cwd: root,
    env: {
      ...env,
      BENCH_VENDOR_EMAIL: email,
      BENCH_VENDOR_ORDERS: String(options.vendorOrders),
      BENCH_SEED_OUT: out,
    },
  })
  const stats = readJson(out, {})
  fs.rmSync(out, { force: true })
  return { wall_s: (Date.now() - t0) / 1000, ...stats }
}

/**
 * The same build as `npm start` and the browser tests
 * (scripts/lib/build.mjs): built only when the sources changed, without the
 * admin dashboard when a new build is needed (the bench serves no admin).
 */
async function buildIfNeeded(env) {
  if (!options.build) {
    info("build skipped (--no-build)")
    return false
  }
  return buildBackendIfNeeded(root, { env, admin: false, lint: false })
}

function startChild(name, command, args, opts) {
  const out = fs.openSync(serverLog, "a")
  const child = spawn(command, args, {
    ...opts,
    detached: true,
    stdio: ["ignore", out, out],
  })
  const exited = new Promise((resolve) => child.on("exit", resolve))
  children.push({ name, child, exited })
  return child
}

async function stopChildren() {
  for (const { child, exited } of children.reverse()) {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      continue
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }, 15000)
    await exited
    clearTimeout(timer)
  }
  children.length = 0
}

/** Stops one child started by startChild (and its process group). */
async function stopChild(child) {
  const entry = children.find((c) => c.child === child)
  if (!entry) {
    return
  }
  children.splice(children.indexOf(entry), 1)
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }, 15000)
  await entry.exited
  clearTimeout(timer)
}

/**
 * Waits until the server has worked off the previous run: autocannon stops
 * sending when its time is up, but requests it gave up on (10 s timeouts)
 * may still be running on the server. A route measured then would compete
 * with them, so each run starts only once the server's process tree has
 * used under 5 % of a core for a whole second (at most `maxMs`).
 */
async function waitForIdle(pid, maxMs = 120000) {
  const ticks = () => {
    let sum = 0
    for (const p of treePids(pid)) {
      try {
        sum += parseCpuTicks(fs.readFileSync(`/proc/${p}/stat`, "utf8"))
      } catch {}
    }
    return sum
  }
  const t0 = Date.now()
  while (Date.now() - t0 < maxMs) {
    const before = ticks()
    const start = Date.now()
    await new Promise((r) => setTimeout(r, 1000))
    if (cpuShare(before, ticks(), Date.now() - start) < 0.05) {
      return (Date.now() - t0) / 1000
    }
  }
  warn(`the server was still busy after ${maxMs / 1000} s; measuring anyway`)
  return maxMs / 1000
}

/** A process and its descendants, read from /proc. */
function treePids(rootPid) {
  const pairs = []
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      pairs.push([Number(entry), parsePpid(stat)])
    } catch {}
  }
  return processTree(rootPid, pairs)
}

async function waitForHttp(url, label, timeoutMs = 180000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.ok) {
        return
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000} s`)
}

// ---------------------------------------------------------------- RSS
/** Samples the summed VmRSS of a process tree every 250 ms. */
class RssSampler {
  constructor(pid) {
    this.pid = pid
    this.peak = 0
    this.timer = null
  }
  sample() {
    let kib = 0
    for (const pid of treePids(this.pid)) {
      try {
        kib += parseVmRssKib(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
      } catch {}
    }
    return kib / 1024
  }
  start() {
    this.peak = 0
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, this.sample())
    }, 250)
  }
  stop() {
    clearInterval(this.timer)
    this.peak = Math.max(this.peak, this.sample())
    return this.peak
  }
}

// ---------------------------------------------------------------- HTTP
let headers = { "content-type": "application/json" }

async function call(method, url, body, extra = {}) {
  const res = await fetch(BACKEND + url, {
    method,
    headers: { ...headers, ...extra },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) {
    const error = new Error(
      `${method} ${url} → ${res.status} ${JSON.stringify(json).slice(0, 300)}`
    )
    error.status = res.status
    throw error
  }
  return json
}

/** GETs a route once; returns { ok, status, json }. */
async function probe(url, extra = {}) {
  try {
    const res = await fetch(BACKEND + url, {
      headers: { ...headers, ...extra },
    })
    const json = await res.json().catch(() => null)
    return { ok: res.ok, status: res.status, json }
  } catch (error) {
    return { ok: false, status: 0, json: { message: error.message } }
  }
}

function autocannonRun(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ timeout: 10, ...opts }, (error, result) =>
      error ? reject(error) : resolve(result)
    )
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    })
  })
}

// ---------------------------------------------------------------- routes
const rows = []
const results = { options, routes: {}, checkout: {}, lighthouse: null }

function wanted(name) {
  return !options.only || options.only.some((o) => name.includes(o))
}

function skip(route, reason) {
  warn(`${route}: skipped (${reason})`)
  rows.push({ route, skipped: true, note: `skipped: ${reason}` })
  results.routes[route] = { skipped: reason }
}

/** Runs autocannon on one route at each connection count. */
async function load(route, spec, sampler, note = "") {
  results.routes[route] = { url: spec.url ?? spec.path, runs: [] }
  for (const connections of options.connections) {
    const waited = sampler.pid ? await waitForIdle(sampler.pid) : 0
    if (waited > 2) {
      info(`waited ${waited.toFixed(0)} s for the server to go idle`)
    }
    // One request first, timed apart: it pays for cold caches (the
    // catalogue's response cache, Medusa's), which the run then measures
    // warm, as a server sees them after its first shopper.
    const first = spec.method ? null : await timeFirstRequest(spec)
    sampler.start()
    const result = await autocannonRun({
      url: (spec.base ?? BACKEND) + (spec.path ?? ""),
      connections,
      duration: options.duration,
      headers: { ...headers, ...(spec.headers ?? {}) },
      ...(spec.requests ? { requests: spec.requests } : {}),
      ...(spec.method ? { method: spec.method, body: spec.body } : {}),
    })
    const peak = sampler.stop()
    const run = {
      connections,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      requests: result.requests.total,
      bytes_per_response: result.requests.total
        ? Math.round(result.throughput.total / result.requests.total)
        : null,
      peak_rss_mib: peak,
      first_request_ms: first,
    }
    results.routes[route].runs.push(run)
    rows.push({ route, ...run, note })
    info(
      `${route} @${connections}: ${run.rps.toFixed(1)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors}, non-2xx ${run.non2xx}, RSS ${peak === null ? "–" : peak.toFixed(0)} MiB`
    )
  }
}

/** Milliseconds of one GET of the route, or null when it failed. */
async function timeFirstRequest(spec) {
  const t0 = performance.now()
  try {
    const res = await fetch((spec.base ?? BACKEND) + (spec.path ?? ""), {
      headers: { ...headers, ...(spec.headers ?? {}) },
    })
    await res.arrayBuffer()
    return res.ok ? Math.round(performance.now() - t0) : null
  } catch {
    return null
  }
}

function firstFacetValue(facets, names) {
  if (!facets) return null
  for (const name of names) {
    const facet = facets[name]
    if (!facet) continue
    const values = Array.isArray(facet)
      ? facet
      : (facet.values ??
        Object.entries(facet).map(([value, count]) => ({ value, count })))
    const first = values.find((v) => (v.count ?? 1) > 0) ?? values[0]
    if (first !== undefined) {
      return typeof first === "object"
        ? (first.value ?? first.handle ?? first.code ?? first.id)
        : first
    }
  }
  return null
}

// ---------------------------------------------------------------- checkout
const ADDRESS = {
  first_name: "晓梅",
  last_name: "李",
  address_1: "渝中区 解放碑 民族路 188 号",
  city: "重庆",
  province: "重庆市",
  postal_code: "400010",
  country_code: "cn",
  phone: "13800000000",
}

/** One checkout as the storefront drives it; returns ms per step. */
async function checkout(regionId, variants, pickupPointId) {
  const times = {}
  const timed = async (name, fn) => {
    const t0 = performance.now()
    const out = await fn()
    times[name] = (times[name] ?? 0) + (performance.now() - t0)
    return out
  }
  const { cart } = await timed("create_cart", () =>
    call("POST", "/store/carts", { region_id: regionId })
  )
  for (const variantId of variants) {
    await timed("add_line_item", () =>
      call("POST", `/store/carts/${cart.id}/line-items`, {
        variant_id: variantId,
        quantity: 1,
      })
    )
  }
  await timed("set_address_email", () =>
    call("POST", `/store/carts/${cart.id}`, {
      email: "bench@example.com",
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    })
  )
  const { shipping_options } = await timed("list_shipping_options", () =>
    call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  )
  const perProfile = new Map()
  let usedPickup = false
  for (const option of shipping_options) {
    const isPickup =
      /pickup/.test(option.provider_id ?? "") || /自提/.test(option.name ?? "")
    const current = perProfile.get(option.shipping_profile_id)
    const ambient = !/冷|chill|frozen/i.test(option.name ?? "")
    if (
      !current ||
      (pickupPointId && isPickup && ambient && !current.isPickup)
    ) {
      perProfile.set(option.shipping_profile_id, { option, isPickup })
    }
  }
  for (const { option, isPickup } of perProfile.values()) {
    const data =
      isPickup && pickupPointId
        ? { pickup_point_id: pickupPointId, locker_consent: true }
        : undefined
    usedPickup ||= Boolean(data)
    await timed("add_shipping_method", () =>
      call("POST", `/store/carts/${cart.id}/shipping-methods`, {
        option_id: option.id,
        ...(data ? { data } : {}),
      })
    )
  }
  const { payment_collection } = await timed("create_payment_collection", () =>
    call("POST", "/store/payment-collections", { cart_id: cart.id })
  )
  await timed("init_payment_session", () =>
    call(
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" }
    )
  )
  const done = await timed("complete_cart", () =>
    call("POST", `/store/carts/${cart.id}/complete`)
  )
  const orders =
    done.order_group?.orders?.length ?? (done.type === "order" ? 1 : 0)
  if (!orders) {
    throw new Error(
      `completion gave no order: ${JSON.stringify(done).slice(0, 300)}`
    )
  }
  times.total = Object.values(times).reduce((a, b) => a + b, 0)
  return { times, usedPickup, orders }
}

/** `concurrency` loops of checkouts for the run's duration. */
async function checkoutLoad(
  regionId,
  pickVariants,
  pickupPointId,
  concurrency,
  sampler
) {
  const deadline = Date.now() + options.duration * 1000
  const totals = []
  let errors = 0
  let lastError = null
  let orders = 0
  sampler.start()
  const t0 = Date.now()
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      let i = worker
      while (Date.now() < deadline) {
        try {
          const out = await checkout(regionId, pickVariants(i), pickupPointId)
          totals.push(out.times.total)
          orders += out.orders
        } catch (error) {
          errors++
          lastError = error.message
        }
        i += concurrency
      }
    })
  )
  const seconds = (Date.now() - t0) / 1000
  const peak = sampler.stop()
  return {
    connections: concurrency,
    checkouts_per_s: totals.length / seconds,
    orders_per_s: orders / seconds,
    p50: median(totals),
    p99: percentile(totals, 99),
    errors,
    last_error: lastError,
    peak_rss_mib: peak,
  }
}

async function benchCheckout(regionId, catalogue, pickupPointId, sampler) {
  const [a, b] = catalogue
  const one = (i) => [a[i % a.length]]
  const two = (i) => [a[i % a.length], b[i % b.length]]
  const scenarios = {
    "checkout, one co-op (stock-like)": { pick: one, pickup: null },
    "checkout, two co-ops": { pick: two, pickup: pickupPointId },
  }
  const summary = {}
  for (const [name, { pick, pickup }] of Object.entries(scenarios)) {
    await waitForIdle(sampler.pid)
    step(`${name}: ${options.runs} sequential runs`)
    try {
      await checkout(regionId, pick(0), pickup) // warm-up, not counted
      const samples = []
      let usedPickup = false
      for (let i = 1; i <= options.runs; i++) {
        const out = await checkout(regionId, pick(i), pickup)
        samples.push(out.times)
        usedPickup ||= out.usedPickup
      }
      summary[name] = {
        steps: summariseSteps(samples),
        used_pickup: usedPickup,
      }
      info(
        `${name}: p50 ${summary[name].steps.total.p50.toFixed(0)} ms (sequential)`
      )
    } catch (error) {
      summary[name] = { error: error.message }
      warn(`${name}: ${error.message}`)
    }
  }
  results.checkout.sequential = summary
  const single = summary["checkout, one co-op (stock-like)"]?.steps?.total?.p50
  const double = summary["checkout, two co-ops"]?.steps?.total?.p50
  const shipping = summary["checkout, two co-ops"]?.used_pickup
    ? "pickup shipping"
    : "co-ops' delivery option (pickup shipping not available)"
  rows.push({
    route: "checkout, one co-op, sequential (total)",
    connections: 1,
    rps: single ? 1000 / single : null,
    p50: single,
    p99: summary["checkout, one co-op (stock-like)"]?.steps?.total?.p99,
    errors: summary["checkout, one co-op (stock-like)"]?.error ? 1 : 0,
    non2xx: 0,
    note: "stock-like: one co-op, delivery; req/s = checkouts/s",
  })
  rows.push({
    route: "checkout, two co-ops, sequential (total)",
    connections: 1,
    rps: double ? 1000 / double : null,
    p50: double,
    p99: summary["checkout, two co-ops"]?.steps?.total?.p99,
    errors: summary["checkout, two co-ops"]?.error ? 1 : 0,
    non2xx: 0,
    vs_stock: ratio(double, single),
    note: `${shipping}; our/stock = p50 / one-co-op p50 (target ≤ 1.5×)`,
  })
  results.checkout.p50_ratio_two_vs_one = ratio(double, single)
  results.checkout.shipping = shipping

  results.checkout.load = []
  for (const connections of options.connections) {
    await waitForIdle(sampler.pid)
    step(
      `checkout, two co-ops: ${connections} concurrent for ${options.duration} s`
    )
    const out = await checkoutLoad(
      regionId,
      two,
      pickupPointId,
      connections,
      sampler
    )
    results.checkout.load.push(out)
    rows.push({
      route: "checkout, two co-ops, concurrent",
      connections,
      rps: out.orders_per_s,
      p50: out.p50,
      p99: out.p99,
      errors: out.errors,
      non2xx: 0,
      peak_rss_mib: out.peak_rss_mib,
      note: `req/s = orders/s (${out.checkouts_per_s.toFixed(2)} checkouts/s); latency = whole checkout${out.last_error ? `; last error: ${out.last_error.slice(0, 120)}` : ""}`,
    })
    info(
      `checkout @${connections}: ${out.orders_per_s.toFixed(2)} orders/s, p50 ${out.p50?.toFixed(0)} ms, errors ${out.errors}`
    )
  }
}

function printCheckoutSteps() {
  const seq = results.checkout.sequential ?? {}
  const names = Object.keys(seq).filter((n) => seq[n].steps)
  if (!names.length) return ""
  const steps = [...new Set(names.flatMap((n) => Object.keys(seq[n].steps)))]
  const lines = [
    `| step (median ms, ${options.runs} sequential runs) | ${names.join(" | ")} |`,
    `| --- | ${names.map(() => "---").join(" | ")} |`,
  ]
  for (const s of steps) {
    lines.push(
      `| ${s} | ${names.map((n) => seq[n].steps[s]?.p50?.toFixed(0) ?? "").join(" | ")} |`
    )
  }
  return lines.join("\n")
}

// ---------------------------------------------------------------- lighthouse
async function lighthouse(publishableKey, product) {
  if (!fs.existsSync(path.join(storefrontDir, "package.json"))) {
    return { skipped: "storefront/package.json does not exist" }
  }
  if (!fs.existsSync(path.join(storefrontDir, "node_modules"))) {
    return {
      skipped: "storefront dependencies are not installed (run npm start once)",
    }
  }
  const chrome = process.env.CHROME_PATH || "/usr/bin/chromium"
  if (!fs.existsSync(chrome)) {
    return {
      skipped: `no Chromium at ${chrome} (apt-get install -y chromium, or set CHROME_PATH)`,
    }
  }
  const env = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(STOREFRONT_PORT),
    MEDUSA_BACKEND_URL: BACKEND,
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: BACKEND,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
    NEXT_TELEMETRY_DISABLED: "1",
  }
  const distDir = process.env.BENCH_NEXT_DIST_DIR
  step("Building the storefront for Lighthouse (npm run build in storefront/)")
  try {
    await run("npm", ["run", "build"], {
      cwd: storefrontDir,
      env: { ...env, ...(distDir ? { NEXT_DIST_DIR: distDir } : {}) },
    })
  } catch (error) {
    return { skipped: `the storefront does not build: ${error.message}` }
  }
  startChild("storefront", "npm", ["run", "start"], { cwd: storefrontDir, env })
  try {
    await waitForHttp(
      `http://localhost:${STOREFRONT_PORT}/`,
      "the storefront",
      120000
    )
  } catch (error) {
    return { skipped: error.message }
  }
  // The runs themselves live in bench/lighthouse.mjs, which also runs on
  // its own against any storefront (node bench/lighthouse.mjs --help).
  const { runLighthouse, lighthouseMarkdown } = await import("./lighthouse.mjs")
  const storefront = `http://localhost:${STOREFRONT_PORT}`
  const html = await (await fetch(`${storefront}/`)).text()
  const handle =
    html.match(/href="\/products\/([^"/?#]+)"/)?.[1] ??
    encodeURIComponent(product)
  let result
  try {
    result = await runLighthouse({
      storefront,
      product: decodeURIComponent(handle),
      runs: Number(opt("lighthouse-runs", 1)),
      outDir: resultsDir,
      stamp,
      chrome,
      log: step,
    })
  } catch (error) {
    return { skipped: `Lighthouse did not run: ${error.message}` }
  }
  if (result.skipped) {
    return result
  }
  info(lighthouseMarkdown(result))
  // One row per page (the median of the runs) for lighthouseTable and the JSON.
  const out = {}
  for (const [name, page] of Object.entries(result.pages)) {
    const ok = page.runs.filter((r) => !r.error)
    out[name] = ok.length
      ? {
          url: page.url,
          report: ok[ok.length - 1].report,
          runs: page.runs,
          ...page.median,
        }
      : { url: page.url, error: page.runs[0]?.error ?? "no run" }
  }
  // Time to first byte without throttling, beside Lighthouse's own number.
  if (out.product && !out.product.error) {
    out.product.server_response = result.server_response?.product
  }
  return out
}

function lighthouseTable(lh) {
  if (!lh || lh.skipped)
    return `Lighthouse: skipped (${lh?.skipped ?? "not requested; pass --lighthouse"})`
  const lines = [
    "| page | performance | accessibility | best practices | SEO | LCP ms | FCP ms | TBT ms | CLS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ]
  for (const [name, r] of Object.entries(lh)) {
    if (r.error) {
      lines.push(`| ${name} | error: ${r.error.slice(0, 80)} | | | | | | | |`)
      continue
    }
    const s = r.scores
    lines.push(
      `| ${name} | ${s.performance ?? "–"} | ${s.accessibility ?? "–"} | ${s["best-practices"] ?? "–"} | ${s.seo ?? "–"} | ${r.lcp_ms?.toFixed(0)} | ${r.fcp_ms?.toFixed(0)} | ${r.tbt_ms?.toFixed(0)} | ${r.cls?.toFixed(3)} |`
    )
  }
  return lines.join("\n")
}

// ---------------------------------------------------------------- main
async function main() {
  fs.mkdirSync(resultsDir, { recursive: true })
  step(
    `Bench: ${options.products} products, ${options.duration} s per run at ${options.connections.join(" and ")} connections${quick ? " (quick)" : ""}`
  )
  await choosePorts()
  const databaseUrl = await resolveDatabase()
  const env = benchEnv(databaseUrl)
  const migrated = await migrateIfNeeded(databaseUrl, env)
  results.seed = await seedIfNeeded(databaseUrl, env)
  if (results.seed.products_per_s) {
    info(`seed rate: ${results.seed.products_per_s.toFixed(1)} products/s`)
  }
  if (results.seed.catalogue_error) {
    warn(
      `the catalogue read model may be stale: ${results.seed.catalogue_error}`
    )
  }
  results.migrated = migrated
  results.built = await buildIfNeeded(env)

  // Stock Medusa's routes run on a server of their own, started from the
  // same build on the same database and stopped before ours starts: their
  // heaps (hundreds of MiB per concurrent listing) would otherwise count
  // against our routes' RSS, and their timed-out requests against our
  // routes' latency.
  const startServer = async (name) => {
    // Stock runs as stock Medusa would (V8's default heap); ours as npm
    // start runs it.
    const nodeOptions =
      name === "stock" ? (env.NODE_OPTIONS ?? "") : apiNodeOptions(env)
    step(
      `Starting the production server (${name}) on ${BACKEND} (log: ${path.relative(root, serverLog)})`
    )
    const child = startChild(name, medusaBin, ["start"], {
      cwd: serverDir,
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: String(options.port),
        // The build may have left the dashboard out; the bench serves none.
        MEDUSA_ADMIN_DISABLED: "true",
        NODE_OPTIONS: nodeOptions,
      },
    })
    const bootT0 = Date.now()
    await waitForHttp(`${BACKEND}/health`, `the API (${name})`)
    const sampler = new RssSampler(child.pid)
    return {
      child,
      sampler,
      boot_s: (Date.now() - bootT0) / 1000,
      rss_after_boot_mib: sampler.sample(),
    }
  }
  let server = await startServer(wanted("stock") ? "stock" : "api")

  startChild(
    "reference",
    process.execPath,
    [path.join(root, "bench", "reference-server.mjs")],
    {
      cwd: root,
      env: { ...env, PORT: String(REFERENCE_PORT) },
    }
  )
  await waitForHttp(
    `http://127.0.0.1:${REFERENCE_PORT}/health`,
    "the reference server"
  )

  // Look-ups the routes need.
  const store = readJson(path.join(root, "data", "demo", "store.json"), {})
  const users = readJson(path.join(root, "data", "demo", "users.json"), {})
  const key = await queryOne(
    root,
    databaseUrl,
    `select token from api_key where title = $1 and type = 'publishable'
      and revoked_at is null and deleted_at is null order by created_at limit 1`,
    [store.publishable_key.title]
  )
  headers = { ...headers, "x-publishable-api-key": key.token }
  const { regions } = await call("GET", "/store/regions")
  const region = regions.find((r) => r.currency_code === "cny") ?? regions[0]
  const sampleProduct = await queryOne(
    root,
    databaseUrl,
    `select id, handle from product where handle = 'bench-000001' and deleted_at is null`
  )

  // --- our routes
  // The catalogue is priced in CNY only, so it takes no region_id.
  const listingPath = "/store/catalogue?limit=20"
  const listing = await probe(listingPath)
  let stockListRps = {}
  let stockDetailRps = {}
  let referenceRps = {}

  // --- stock and reference first, so ratios are known for our rows
  if (wanted("stock")) {
    const sampler = server.sampler
    await load(
      "stock /store/products?limit=20 (calculated prices)",
      {
        path: `/store/products?limit=20&region_id=${region.id}&fields=*variants.calculated_price`,
      },
      sampler,
      "stock route + our co-op filter middleware"
    )
    stockListRps = Object.fromEntries(
      results.routes[
        "stock /store/products?limit=20 (calculated prices)"
      ].runs.map((r) => [r.connections, r.rps])
    )
    await load(
      "stock /store/products/:id (calculated prices)",
      {
        path: `/store/products/${sampleProduct.id}?region_id=${region.id}&fields=*variants.calculated_price`,
      },
      sampler
    )
    stockDetailRps = Object.fromEntries(
      results.routes["stock /store/products/:id (calculated prices)"].runs.map(
        (r) => [r.connections, r.rps]
      )
    )
    results.stock_server = {
      rss_after_boot_mib: server.rss_after_boot_mib,
      peak_rss_mib: Math.max(
        0,
        ...rows
          .filter((r) => r.route.startsWith("stock"))
          .map((r) => r.peak_rss_mib ?? 0)
      ),
    }
    await stopChild(server.child)
    server = await startServer("api")
  }
  results.server_boot_s = server.boot_s
  results.rss_after_boot_mib = server.rss_after_boot_mib
  const sampler = server.sampler
  if (wanted("reference")) {
    const refSampler = { start() {}, stop: () => null }
    await load(
      "reference: Express + pg, 20 rows",
      { base: `http://127.0.0.1:${REFERENCE_PORT}`, path: "/products" },
      refSampler,
      "bare Express 4 + pg Pool(10), same DB; RSS not sampled"
    )
    referenceRps = Object.fromEntries(
      results.routes["reference: Express + pg, 20 rows"].runs.map((r) => [
        r.connections,
        r.rps,
      ])
    )
  }
  const addRatios = (route, stock) => {
    for (const row of rows.filter((r) => r.route === route)) {
      row.vs_stock = stock ? ratio(row.rps, stock[row.connections]) : null
      row.vs_reference = ratio(row.rps, referenceRps[row.connections])
    }
  }

  if (wanted("catalogue")) {
    if (listing.status === 404) {
      skip("catalogue listing", "GET /store/catalogue is not built yet (404)")
      skip(
        "catalogue listing, filtered + facets",
        "GET /store/catalogue is not built yet (404)"
      )
      skip(
        "catalogue detail",
        "GET /store/catalogue/:handle is not built yet (404)"
      )
    } else if (!listing.ok) {
      skip(
        "catalogue listing",
        `GET ${listingPath} answered ${listing.status}: ${JSON.stringify(listing.json).slice(0, 120)}`
      )
    } else {
      await load(
        "catalogue listing",
        { path: listingPath },
        sampler,
        listingPath
      )
      addRatios("catalogue listing", stockListRps)

      const facets = listing.json.facets
      const filters = [
        ["grade", firstFacetValue(facets, ["grade", "grades"]) ?? "premium"],
        ["brand", firstFacetValue(facets, ["brand", "brands"])],
        [
          "region",
          firstFacetValue(facets, ["region", "regions", "origin_region"]),
        ],
      ].filter(([, v]) => v)
      let filteredPath = `${listingPath}&${filters.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`
      let filtered = await probe(filteredPath)
      if (filtered.ok && !filtered.json.facets) {
        // Facets may be opt-in.
        const withFacets = await probe(`${filteredPath}&facets=true`)
        if (withFacets.ok) {
          filteredPath = `${filteredPath}&facets=true`
          filtered = withFacets
        }
      }
      if (!filtered.ok) {
        skip(
          "catalogue listing, filtered + facets",
          `GET ${filteredPath} answered ${filtered.status}: ${JSON.stringify(filtered.json).slice(0, 160)}`
        )
      } else {
        const count = filtered.json.count ?? filtered.json.products?.length
        await load(
          "catalogue listing, filtered + facets",
          { path: filteredPath },
          sampler,
          `${filters.map(([k, v]) => `${k}=${v}`).join(", ")}; ${count} matches`
        )
        addRatios("catalogue listing, filtered + facets", stockListRps)
      }

      const items = listing.json.products ?? listing.json.items ?? []
      const handle = items[0]?.handle ?? sampleProduct.handle
      const detailPath = `/store/catalogue/${handle}`
      const detail = await probe(detailPath)
      if (!detail.ok) {
        skip("catalogue detail", `GET ${detailPath} answered ${detail.status}`)
      } else {
        await load(
          "catalogue detail",
          { path: detailPath },
          sampler,
          detailPath
        )
        addRatios("catalogue detail", stockDetailRps)
      }
    }
  }

  if (wanted("search")) {
    const search = await probe(
      `/store/catalogue?q=${encodeURIComponent("脐橙")}&limit=20`
    )
    const searchRoute = await probe(
      `/store/search?q=${encodeURIComponent("脐橙")}`
    )
    if (searchRoute.ok) {
      await load(
        "search",
        { path: `/store/search?q=${encodeURIComponent("脐橙")}` },
        sampler
      )
      addRatios("search", null)
    } else {
      skip(
        "search",
        `no search route yet (/store/search answered ${searchRoute.status}${search.ok ? "; /store/catalogue?q= answered 200 but is not a search engine" : ""})`
      )
    }
  }

  let pickupPointId = null
  if (wanted("pickup")) {
    const pickupPath =
      "/store/pickup-points?lat=29.5630&lng=106.5516&radius_km=5&limit=10"
    const nearest = await probe(pickupPath)
    if (!nearest.ok) {
      skip(
        "nearest pickup points",
        `GET /store/pickup-points answered ${nearest.status}${nearest.status === 404 ? " (not built yet)" : `: ${JSON.stringify(nearest.json).slice(0, 120)}`}`
      )
    } else {
      const points = nearest.json.pickup_points ?? nearest.json.points ?? []
      pickupPointId = points[0]?.id ?? null
      await load(
        "nearest pickup points",
        { path: pickupPath },
        sampler,
        `${points.length} points within 5 km of 解放碑; ${results.seed.pickup_points ?? "?"} points seeded`
      )
      addRatios("nearest pickup points", null)
    }
  } else {
    const nearest = await probe(
      "/store/pickup-points?lat=29.5630&lng=106.5516&radius_km=5&limit=10"
    )
    pickupPointId = nearest.json?.pickup_points?.[0]?.id ?? null
  }

  // Variants from two co-ops for carts: the demo co-op whose owner logs in
  // below, and a second one.
  const vendorLogin = users.vendor
  const variantRows = await (async () => {
    const { createRequire } = await import("node:module")
    const pg = createRequire(path.join(root, "package.json"))("pg")
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows: linkTables } = await client.query(
        `select table_name from information_schema.tables
          where table_name like '%vendor%product_product' limit 5`
      )
      const table = linkTables
        .map((r) => r.table_name)
        .find((t) => /product_product/.test(t))
      const { rows } = await client.query(
        `select l.vendor_id, v.id as variant_id
           from "${table}" l
           join product p on p.id = l.product_id and p.deleted_at is null and p.handle like 'bench-%'
           join product_variant v on v.product_id = p.id and v.deleted_at is null
          where l.deleted_at is null
          order by p.handle limit 3000`
      )
      return rows
    } finally {
      await client.end()
    }
  })()
  const byVendor = new Map()
  for (const r of variantRows) {
    if (!byVendor.has(r.vendor_id)) byVendor.set(r.vendor_id, [])
    byVendor.get(r.vendor_id).push(r.variant_id)
  }
  let vendorToken = null
  try {
    vendorToken = (
      await call("POST", "/auth/vendor/emailpass", {
        email: vendorLogin.email,
        password: vendorLogin.password,
      })
    ).token
  } catch (error) {
    warn(`co-op login failed: ${error.message}`)
  }
  const loginVendorId = await queryOne(
    root,
    databaseUrl,
    `select vm.vendor_id from vendor_member vm where vm.email = $1 and vm.deleted_at is null limit 1`,
    [vendorLogin.email]
  ).catch(() => null)
  const vendorIds = [...byVendor.keys()]
  const first =
    loginVendorId?.vendor_id && byVendor.has(loginVendorId.vendor_id)
      ? loginVendorId.vendor_id
      : vendorIds[0]
  const second = vendorIds.find((v) => v !== first)
  const catalogue = [byVendor.get(first) ?? [], byVendor.get(second) ?? []]

  if (wanted("cart")) {
    const pool = []
    for (let i = 0; i < Math.max(...options.connections); i++) {
      pool.push(
        (await call("POST", "/store/carts", { region_id: region.id })).cart.id
      )
    }
    const variants = catalogue[0].concat(catalogue[1])
    let n = 0
    await load(
      "add to cart",
      {
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              n++
              return {
                ...req,
                path: `/store/carts/${pool[n % pool.length]}/line-items`,
                body: JSON.stringify({
                  variant_id: variants[n % variants.length],
                  quantity: 1,
                }),
              }
            },
          },
        ],
      },
      sampler,
      `POST /store/carts/:id/line-items over ${pool.length} carts`
    )
    addRatios("add to cart", null)
  }

  if (wanted("checkout")) {
    if (!catalogue[0].length || !catalogue[1].length) {
      skip("checkout", "the dataset has no products from two co-ops")
    } else {
      await benchCheckout(region.id, catalogue, pickupPointId, sampler)
    }
  }

  if (wanted("orders")) {
    if (!vendorToken) {
      skip("co-op order list", "the demo co-op could not log in")
    } else {
      results.vendor_orders = await seedVendorOrders(env, vendorLogin.email)
      const ordersPath = "/vendors/orders?limit=20"
      const auth = { authorization: `Bearer ${vendorToken}` }
      const orders = await probe(ordersPath, auth)
      if (!orders.ok) {
        skip("co-op order list", `GET ${ordersPath} answered ${orders.status}`)
      } else {
        await load(
          "co-op order list",
          { path: ordersPath, headers: auth },
          sampler,
          `GET ${ordersPath} as ${vendorLogin.email}; ${orders.json.count ?? "?"} orders`
        )
        addRatios("co-op order list", null)
      }
    }
  }

  results.peak_rss_mib = Math.max(
    0,
    ...rows
      .filter((r) => !r.route.startsWith("stock"))
      .map((r) => r.peak_rss_mib ?? 0)
  )

  if (options.lighthouse) {
    results.lighthouse = await lighthouse(key.token, sampleProduct.handle)
  } else {
    results.lighthouse = {
      skipped: "not requested (--quick runs skip it; pass --lighthouse)",
    }
  }
  if (results.lighthouse?.skipped) {
    warn(`Lighthouse: skipped (${results.lighthouse.skipped})`)
  }

  results.rows = rows
  results.wall_s = (Date.now() - started) / 1000
  results.machine = {
    cpus: (await import("node:os")).cpus().length,
    node: process.version,
    load_average_at_end: (await import("node:os")).loadavg(),
  }
  const seedLine = results.seed.reused
    ? `dataset reused (${options.products} products, ${results.seed.coops} co-ops, ${results.seed.pickup_points} pickup points)`
    : `seeded ${results.seed.products_created} products in ${results.seed.products_s?.toFixed(0)} s (${results.seed.products_per_s?.toFixed(1)} products/s), ${results.seed.coops} co-ops, ${results.seed.pickup_points} pickup points; seed wall ${results.seed.wall_s?.toFixed(0)} s`
  const md = [
    `# Bench ${stamp}`,
    "",
    `${options.products} products; ${options.duration} s per autocannon run; ${results.machine.cpus} CPUs; Node ${process.version}; load average at the end ${results.machine.load_average_at_end.map((l) => l.toFixed(2)).join(" ")}.`,
    results.seed.catalogue_error
      ? `**The catalogue rebuild failed during the seed; catalogue rows may be stale or missing:** ${results.seed.catalogue_error}\n`
      : "",
    `${seedLine}. Server boot ${results.server_boot_s.toFixed(1)} s, RSS after boot ${results.rss_after_boot_mib.toFixed(0)} MiB, peak RSS under our routes ${results.peak_rss_mib.toFixed(0)} MiB${results.stock_server ? ` (stock routes ran on a server of their own: peak ${results.stock_server.peak_rss_mib.toFixed(0)} MiB)` : ""}. Whole run ${results.wall_s.toFixed(0)} s.`,
    "",
    markdownTable(rows),
    "",
    printCheckoutSteps(),
    "",
    lighthouseTable(results.lighthouse),
    "",
  ].join("\n")
  writeJson(path.join(resultsDir, `${stamp}.json`), results)
  fs.writeFileSync(path.join(resultsDir, `${stamp}.md`), md)
  console.log("\n" + md)
  info(`written: bench/results/${stamp}.json and .md`)
}

async function shutdown(code) {
  try {
    await stopChildren()
    await stopDatabase()
  } catch (error) {
    warn(`while stopping: ${error.message}`)
  }
  process.exit(code)
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => shutdown(130))
}

main()
  .then(() => shutdown(0))
  .catch((error) => {
    console.error(error)
    shutdown(1)
  })
