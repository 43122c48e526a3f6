#!/usr/bin/env node
// `npm start`: from a fresh clone to a running marketplace, and safe to rerun.
// Installs what is missing, starts PostgreSQL when DATABASE_URL is unset,
// migrates, seeds the demo data once, builds when the sources changed, and
// serves the API + admin (and the storefront once it exists). Ctrl-C stops
// everything, the embedded PostgreSQL included.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildBackendIfNeeded, buildStorefrontIfNeeded } from "./lib/build.mjs"
import { demoSeedVersion } from "./lib/database.mjs"
import {
  demoLogins,
  demoPublishableKey,
  migrate,
  seedDemo,
} from "./lib/demo.mjs"
import { hashTree, readJson, writeJson } from "./lib/fsutil.mjs"
import { ensureInstalled } from "./lib/install.mjs"
import { elapsed, fail, info, step, warn } from "./lib/log.mjs"
import {
  ensureDatabase,
  isPortFree,
  startEmbeddedPostgres,
} from "./lib/postgres.mjs"
import { Supervisor } from "./lib/run.mjs"
import { startBackend, startStorefront } from "./lib/servers.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.join(root, ".data")
const storefrontDir = path.join(root, "storefront")

const BACKEND_PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const BACKEND_URL =
  process.env.MEDUSA_BACKEND_URL || `http://localhost:${BACKEND_PORT}`
const STOREFRONT_URL =
  process.env.STOREFRONT_URL || `http://localhost:${STOREFRONT_PORT}`

const supervisor = new Supervisor()
let stopDatabase = async () => {}
let shuttingDown = false

async function main() {
  fs.mkdirSync(dataDir, { recursive: true })
  const hasStorefront = fs.existsSync(path.join(storefrontDir, "package.json"))

  step("Checking dependencies")
  await ensureInstalled(root, "backend")
  if (hasStorefront) {
    await ensureInstalled(storefrontDir, "storefront")
  }

  await assertPortsFree(hasStorefront)

  step("Database")
  const databaseUrl = await resolveDatabase()
  const env = backendEnv(databaseUrl)

  await migrateIfNeeded(databaseUrl, env)
  await seedIfNeeded(databaseUrl, env)
  await buildBackendIfNeeded(root, { env })

  step(`Starting the API and admin on ${BACKEND_URL}`)
  const api = await startBackend(supervisor, {
    root,
    env,
    port: BACKEND_PORT,
    cancelled: () => shuttingDown,
  })
  watchExit("api", api.exited)

  const publishableKey = await demoPublishableKey(root, databaseUrl)
  if (hasStorefront) {
    await serveStorefront(publishableKey)
  }

  const credentials = writeCredentials(publishableKey, hasStorefront)
  printReady(credentials, hasStorefront)
}

async function resolveDatabase() {
  if (process.env.DATABASE_URL) {
    info("using DATABASE_URL")
    return process.env.DATABASE_URL
  }
  const pg = await startEmbeddedPostgres(root)
  stopDatabase = pg.stop
  await ensureDatabase(root, pg.urlFor("postgres"), "tiantou")
  return pg.urlFor("tiantou")
}

/**
 * Secrets for local production mode. An operator sets JWT_SECRET,
 * COOKIE_SECRET and PICKUP_CODE_SECRET; a laptop gets random ones kept in
 * .data/secrets.json (0600), each generated once, so codes and sessions
 * survive restarts. A file from before a secret existed gains it.
 */
const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "PICKUP_CODE_SECRET"]

function secrets() {
  const file = path.join(dataDir, "secrets.json")
  const saved = readJson(file, null) ?? {}
  const missing = SECRET_NAMES.filter((name) => !saved[name])
  if (!missing.length) {
    return saved
  }
  const fresh = { ...saved }
  for (const name of missing) {
    fresh[name] = crypto.randomBytes(32).toString("hex")
  }
  writeJson(file, fresh)
  fs.chmodSync(file, 0o600)
  return fresh
}

function backendEnv(databaseUrl) {
  const saved = secrets()
  const env = { ...process.env }
  for (const name of SECRET_NAMES) {
    env[name] = process.env[name] || saved[name]
  }
  return {
    ...env,
    DATABASE_URL: databaseUrl,
    STOREFRONT_URL,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

/** Migrations rerun only when the schema sources or dependencies changed. */
async function migrateIfNeeded(databaseUrl, env) {
  const stateFile = path.join(dataDir, "state.json")
  const state = readJson(stateFile, {})
  const key = crypto.createHash("sha256").update(databaseUrl).digest("hex")
  const inputs = hashTree(root, [
    "package-lock.json",
    "medusa-config.ts",
    "src/modules",
    "src/links",
    "src/migration-scripts",
    "src/search",
  ])
  if (state.migrated?.[key] === inputs) {
    info("database schema up to date")
    return
  }
  step("Migrating the database (medusa db:migrate)")
  await migrate(root, env)
  writeJson(stateFile, {
    ...state,
    migrated: { ...state.migrated, [key]: inputs },
  })
}

/** The demo-data version the seed script writes (DEMO_SEED_VERSION). */
function wantedSeedVersion() {
  const source = fs.readFileSync(
    path.join(root, "src", "scripts", "seed-demo.ts"),
    "utf8"
  )
  return source.match(/DEMO_SEED_VERSION = (\d+)/)?.[1] ?? "1"
}

/**
 * Seeds a database that has no demo data, or older demo data; the seed is
 * idempotent, so an upgrade only adds what is new.
 */
async function seedIfNeeded(databaseUrl, env) {
  const version = await demoSeedVersion(root, databaseUrl)
  const wanted = wantedSeedVersion()
  if (version === wanted) {
    info(`demo data already loaded (version ${version})`)
    return
  }
  step(
    version
      ? `Updating the demo data from version ${version} to ${wanted}`
      : "Loading the demo data (src/scripts/seed-demo.ts)"
  )
  await seedDemo(root, env)
}

async function serveStorefront(publishableKey) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(STOREFRONT_PORT),
    MEDUSA_BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
    NEXT_PUBLIC_MEDUSA_BACKEND_URL: BACKEND_URL,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
    NEXT_TELEMETRY_DISABLED: "1",
  }
  // The NEXT_PUBLIC_ values are inlined at build time, so the key is a
  // build input here.
  await buildStorefrontIfNeeded(storefrontDir, {
    env,
    extraInputs: publishableKey,
  })
  step(`Starting the storefront on ${STOREFRONT_URL}`)
  const shop = await startStorefront(supervisor, {
    storefrontDir,
    env,
    port: STOREFRONT_PORT,
    cancelled: () => shuttingDown,
  })
  watchExit("shop", shop.exited)
}

function writeCredentials(publishableKey, hasStorefront) {
  const credentials = {
    publishable_key: publishableKey,
    backend_url: BACKEND_URL,
    admin_url: `${BACKEND_URL}/app`,
    storefront_url: hasStorefront ? STOREFRONT_URL : null,
    ...demoLogins(root),
  }
  writeJson(path.join(dataDir, "demo-credentials.json"), credentials)
  return credentials
}

function printReady(credentials, hasStorefront) {
  const line = (label, value) => console.log(`  ${label.padEnd(22)} ${value}`)
  console.log("")
  console.log(`田头市场 Tiantou Market is ready in ${elapsed()} s`)
  line("API", credentials.backend_url)
  line("Admin", credentials.admin_url)
  line(
    "Storefront",
    hasStorefront
      ? credentials.storefront_url
      : "(not built yet: storefront/ has no app)"
  )
  line("Publishable API key", credentials.publishable_key)
  for (const [role, label] of [
    ["admin", "Platform admin"],
    ["vendor", "Co-op member"],
    ["pickup", "Pickup-point staff"],
    ["customer", "Customer"],
  ]) {
    const login = credentials[role]
    if (login) {
      line(label, `${login.email} / ${login.password}`)
    }
  }
  line(
    "Saved to",
    path.relative(root, path.join(dataDir, "demo-credentials.json"))
  )
  console.log("Press Ctrl-C to stop everything.")
}

async function assertPortsFree(hasStorefront) {
  const wanted = [[BACKEND_PORT, "PORT"]]
  if (hasStorefront) {
    wanted.push([STOREFRONT_PORT, "STOREFRONT_PORT"])
  }
  for (const [port, variable] of wanted) {
    if (!(await isPortFree(port)) || !(await isPortFree(port, "::"))) {
      throw new Error(
        `Port ${port} is already in use. Stop whatever runs there, or set ${variable} to another port.`
      )
    }
  }
}

function watchExit(name, exited) {
  exited.then(({ code, signal }) => {
    if (!supervisor.stopping) {
      fail(`${name} exited unexpectedly (${signal ?? `exit ${code}`})`)
      shutdown(1)
    }
  })
}

async function shutdown(code) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  console.log("")
  step("Stopping")
  try {
    await supervisor.stopAll()
    await stopDatabase()
  } catch (error) {
    warn(`while stopping: ${error.message}`)
  }
  info("stopped")
  process.exit(code)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => shutdown(0))
}

main().catch((error) => {
  fail(error.message)
  shutdown(1)
})
