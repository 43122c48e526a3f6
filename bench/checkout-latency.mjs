#!/usr/bin/env node
// Times checkout as the storefront drives it, over HTTP, against a running
// backend with the demo data (`npm start`): a cart from one co-op, and a cart
// from two co-ops with one shipping method each. Sequential runs on an idle
// server; prints the median per step and in total.
//
//   node bench/checkout-latency.mjs [--runs 6] [--backend http://localhost:9000]
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const runs = Number(arg("runs", 6))
const credentials = JSON.parse(
  fs.readFileSync(path.join(root, ".data", "demo-credentials.json"), "utf8")
)
const backend = arg("backend", credentials.backend_url)
const headers = {
  "content-type": "application/json",
  "x-publishable-api-key": credentials.publishable_key,
}

async function call(method, url, body) {
  const res = await fetch(backend + url, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(json)}`)
  }
  return json
}

const address = {
  first_name: "晓梅",
  last_name: "李",
  address_1: "渝中区 解放碑 民族路 188 号",
  city: "重庆",
  postal_code: "400010",
  country_code: "cn",
  phone: "13800000000",
}

/** One checkout; returns the milliseconds each step took. */
async function checkout(regionId, variants) {
  const times = {}
  const step = async (name, fn) => {
    const t0 = performance.now()
    const out = await fn()
    times[name] = (times[name] ?? 0) + (performance.now() - t0)
    return out
  }
  const { cart } = await step("create_cart", () =>
    call("POST", "/store/carts", { region_id: regionId })
  )
  for (const variant of variants) {
    await step("add_line_item", () =>
      call("POST", `/store/carts/${cart.id}/line-items`, {
        variant_id: variant.id,
        quantity: 1,
      })
    )
  }
  await step("set_address_email", () =>
    call("POST", `/store/carts/${cart.id}`, {
      email: "bench@example.com",
      shipping_address: address,
      billing_address: address,
    })
  )
  const { shipping_options } = await step("list_shipping_options", () =>
    call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  )
  // Medusa lists the options of the cart's shipping profiles: one co-op,
  // one profile. Take one option per profile.
  const perProfile = new Map()
  for (const option of shipping_options) {
    if (!perProfile.has(option.shipping_profile_id)) {
      perProfile.set(option.shipping_profile_id, option)
    }
  }
  for (const option of perProfile.values()) {
    await step("add_shipping_method", () =>
      call("POST", `/store/carts/${cart.id}/shipping-methods`, {
        option_id: option.id,
      })
    )
  }
  const { payment_collection } = await step("create_payment_collection", () =>
    call("POST", "/store/payment-collections", { cart_id: cart.id })
  )
  await step("init_payment_session", () =>
    call(
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" }
    )
  )
  const done = await step("complete_cart", () =>
    call("POST", `/store/carts/${cart.id}/complete`)
  )
  if (
    done.type !== "order" ||
    done.order_group?.orders?.length !== variants.length
  ) {
    throw new Error(
      `unexpected completion: ${JSON.stringify(done).slice(0, 300)}`
    )
  }
  times.total = Object.values(times).reduce((a, b) => a + b, 0)
  return times
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2
    ? s[(s.length - 1) / 2]
    : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function main() {
  const { regions } = await call("GET", "/store/regions")
  const regionId = regions[0].id
  const { products } = await call(
    "GET",
    "/store/products?limit=100&fields=id,title,*variants,+vendor.id"
  )
  // One in-stock variant per co-op.
  const byVendor = new Map()
  for (const p of products) {
    if (p.vendor?.id && !byVendor.has(p.vendor.id) && p.variants?.length) {
      byVendor.set(p.vendor.id, { id: p.variants[0].id })
    }
  }
  const [a, b] = [...byVendor.values()]
  if (!a || !b) {
    throw new Error("The demo catalogue needs products from two co-ops.")
  }
  const scenarios = { one_coop: [a], two_coops: [a, b] }
  const results = {}
  for (const [name, variants] of Object.entries(scenarios)) {
    await checkout(regionId, variants) // warm-up, not counted
    const samples = []
    for (let i = 0; i < runs; i++) {
      samples.push(await checkout(regionId, variants))
    }
    results[name] = Object.fromEntries(
      Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))])
    )
  }
  const steps = Object.keys(results.two_coops)
  console.log(`Checkout latency, median of ${runs} sequential runs (ms)\n`)
  console.log("| step | one co-op | two co-ops |")
  console.log("| --- | --- | --- |")
  for (const s of steps) {
    const one = results.one_coop[s]
    console.log(
      `| ${s} | ${one === undefined ? "" : one.toFixed(0)} | ${results.two_coops[s].toFixed(0)} |`
    )
  }
}

main().catch((error) => {
  console.error(error.message)
  process.exit(1)
})
