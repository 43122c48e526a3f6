import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { buildBackendIfNeeded, buildStorefrontIfNeeded } from "./build.mjs"
import { demoLogins, demoPublishableKey, migrate, seedDemo } from "./demo.mjs"
import { writeJson } from "./fsutil.mjs"
import { findFreePort } from "./http.mjs"
import { ensureInstalled } from "./install.mjs"
import { fail, info, step, warn } from "./log.mjs"
import { Supervisor } from "./run.mjs"
import { startBackend, startStorefront } from "./servers.mjs"

/** The storefront's own build folder, so npm start's .next is left alone. */
const DIST_DIR = ".next-e2e"
/** A journey that hangs is stopped after this long, and counts as failed. */
const SPEC_TIMEOUT_MS = 8 * 60 * 1000

/**
 * `npm test`'s e2e phase: the browser journeys in storefront/e2e/tests,
 * one file at a time in name order, against a production backend and
 * storefront started on a fresh demo database (created on the server of
 * `serverUrl`, dropped at the end). Returns the counts from the journeys'
 * TAP reports; `stop()` tears everything down (also on Ctrl-C).
 */
export function browserTests({ root, serverUrl, resultsDir }) {
  const storefrontDir = path.join(root, "storefront")
  const artifactsDir = path.join(storefrontDir, "test-artifacts")
  const logDir = path.join(artifactsDir, "logs")
  const supervisor = new Supervisor()
  const rel = (file) => path.relative(root, file)
  const databaseName = `tiantou_e2e_${process.pid}`
  let databaseCreated = false
  let stopping = false
  let running = null

  async function run() {
    const specs = specFiles(path.join(storefrontDir, "e2e", "tests"))
    if (!specs.length) {
      info("e2e: no journeys in storefront/e2e/tests")
      return { passed: 0, failed: 0, skipped: 0, broken: false }
    }
    const chrome = process.env.CHROME_PATH || "/usr/bin/chromium"
    if (!isExecutable(chrome)) {
      warn(
        `e2e: skipped, no chromium at ${chrome}. Install it with ` +
          "`sudo apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu), " +
          "or set CHROME_PATH to a Chrome or Chromium binary."
      )
      return { passed: 0, failed: 0, skipped: specs.length, broken: false }
    }
    await ensureInstalled(storefrontDir, "storefront")
    fs.rmSync(logDir, { recursive: true, force: true })
    fs.mkdirSync(logDir, { recursive: true })

    const databaseUrl = withDatabase(serverUrl, databaseName)
    const backendEnv = backendEnvFor(databaseUrl)
    // Chosen when the first server is about to start, not before the builds:
    // a port free now may well be taken minutes later.
    let ports = null
    const choosePorts = () =>
      (ports ??= (async () => {
        const backend = await findFreePort(9330)
        const storefront = await findFreePort(8330)
        return {
          backend,
          storefront,
          backendUrl: `http://localhost:${backend}`,
          storefrontUrl: `http://localhost:${storefront}`,
        }
      })())

    // The database and the two builds do not depend on each other, and on
    // two cores they overlap well; each server starts once its inputs are
    // ready. Their output goes to the log folder.
    step(`e2e: database ${databaseName} and builds (logs in ${rel(logDir)})`)
    const cancelled = () => stopping
    const buildEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
    const database = prepareDatabase(backendEnv, databaseUrl)
    const backendBuild = buildBackendIfNeeded(root, {
      env: buildEnv,
      lint: false,
      // Journey 4 drives the admin at /app, so the build includes it.
      admin: true,
      logFile: path.join(logDir, "backend-build.log"),
    })
    // Nothing inlined at build time, so one build serves any backend and key.
    const shopBuildEnv = { ...buildEnv }
    delete shopBuildEnv.NEXT_PUBLIC_MEDUSA_BACKEND_URL
    delete shopBuildEnv.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY
    const storefrontBuild = buildStorefrontIfNeeded(storefrontDir, {
      env: shopBuildEnv,
      distDir: DIST_DIR,
      lint: false,
      logFile: path.join(logDir, "storefront-build.log"),
    })
    const backend = Promise.all([database, backendBuild]).then(async () => {
      const { backend: port, backendUrl, storefrontUrl } = await choosePorts()
      const started = Date.now()
      await startBackend(supervisor, {
        root,
        env: {
          ...backendEnv,
          MEDUSA_BACKEND_URL: backendUrl,
          STOREFRONT_URL: storefrontUrl,
          STORE_CORS: storefrontUrl,
          AUTH_CORS: storefrontUrl,
          CONSOLE_CORS: storefrontUrl,
        },
        port,
        logFile: path.join(logDir, "backend.log"),
        cancelled,
      })
      info(`e2e: API up on ${backendUrl} in ${seconds(started)} s`)
    })
    const storefront = Promise.all([database, storefrontBuild]).then(
      async ([publishableKey]) => {
        const {
          storefront: port,
          backendUrl,
          storefrontUrl,
        } = await choosePorts()
        const started = Date.now()
        await startStorefront(supervisor, {
          storefrontDir,
          env: storefrontEnv({ backendUrl, publishableKey }),
          port,
          distDir: DIST_DIR,
          logFile: path.join(logDir, "storefront.log"),
          cancelled,
          // A page that fails to render is the journeys' to report.
          anyStatus: true,
        })
        info(`e2e: shop up on ${storefrontUrl} in ${seconds(started)} s`)
      }
    )
    const settled = await Promise.allSettled([
      database,
      backendBuild,
      storefrontBuild,
      backend,
      storefront,
    ])
    const failed = settled.findIndex((result) => result.status === "rejected")
    if (failed >= 0) {
      const log = [
        "database.log",
        "backend-build.log",
        "storefront-build.log",
        "backend.log",
        "storefront.log",
      ][failed]
      printTail(path.join(logDir, log))
      throw new Error(
        `${settled[failed].reason.message} (logs in ${rel(logDir)})`
      )
    }
    const publishableKey = await database
    const { backendUrl, storefrontUrl } = await choosePorts()

    const credentialsFile = path.join(resultsDir, "e2e-credentials.json")
    writeJson(credentialsFile, demoLogins(root))
    const specEnv = {
      ...process.env,
      CHROME_PATH: chrome,
      E2E_STOREFRONT_URL: storefrontUrl,
      E2E_BACKEND_URL: backendUrl,
      E2E_PUBLISHABLE_KEY: publishableKey,
      E2E_CREDENTIALS: credentialsFile,
      NEXT_TELEMETRY_DISABLED: "1",
    }
    const totals = { passed: 0, failed: 0, skipped: 0, broken: false }
    for (const spec of specs) {
      if (stopping) {
        break
      }
      const name = path.basename(spec, ".spec.ts")
      step(`e2e: ${name}`)
      // A failure picture from an earlier run would pass for this run's.
      const journey = name.match(/^journey-\d+/)?.[0]
      if (journey) {
        fs.rmSync(path.join(artifactsDir, journey, "failed.png"), {
          force: true,
        })
      }
      const started = Date.now()
      const result = await runSpec(spec, name, specEnv)
      totals.passed += result.passed
      totals.failed += result.failed
      totals.skipped += result.skipped
      totals.broken ||= result.broken
      info(
        `${name}: ${result.passed} passed, ${result.failed} failed` +
          (result.broken ? `, did not run to the end (${result.why})` : "") +
          ` in ${seconds(started)} s`
      )
    }
    info(
      `screenshots in ${rel(artifactsDir)}/journey-*, logs in ${rel(logDir)}`
    )
    return totals
  }

  /** A fresh database, migrated and seeded; resolves to its publishable key. */
  async function prepareDatabase(env, databaseUrl) {
    const started = Date.now()
    const logFile = path.join(logDir, "database.log")
    // Set first, so that a stop during the CREATE still drops it.
    databaseCreated = true
    await createDatabase(root, serverUrl, databaseName)
    const out = fs.openSync(logFile, "a")
    try {
      const options = { stdio: ["ignore", out, out] }
      await migrate(root, env, options)
      await seedDemo(root, env, options)
    } catch (error) {
      throw new Error(`${error.message}; see ${rel(logFile)}`)
    } finally {
      fs.closeSync(out)
    }
    const publishableKey = await demoPublishableKey(root, databaseUrl)
    if (!publishableKey) {
      throw new Error(`the demo seed left no publishable key (${rel(logFile)})`)
    }
    info(`e2e: database migrated and seeded in ${seconds(started)} s`)
    return publishableKey
  }

  /** node --test on one journey, its TAP report counted like the storefront phase. */
  function runSpec(spec, name, env) {
    const tap = path.join(resultsDir, `e2e-${name}.tap`)
    fs.rmSync(tap, { force: true })
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [
          "--test",
          "--import",
          "tsx",
          "--test-reporter=spec",
          "--test-reporter-destination=stdout",
          "--test-reporter=tap",
          `--test-reporter-destination=${tap}`,
          spec,
        ],
        { cwd: storefrontDir, env, stdio: "inherit", detached: true }
      )
      running = child
      let timedOut = false
      let killTimer = null
      const timer = setTimeout(() => {
        timedOut = true
        fail(
          `${name} ran longer than ${SPEC_TIMEOUT_MS / 60000} min; stopping it`
        )
        // SIGTERM first: playwright closes its browser on it, and the
        // browser runs in a process group of its own that a SIGKILL of this
        // group would leave behind.
        signalGroup(child, "SIGTERM")
        killTimer = setTimeout(() => signalGroup(child, "SIGKILL"), 15000)
      }, SPEC_TIMEOUT_MS)
      child.on("exit", (code, signal) => {
        clearTimeout(timer)
        clearTimeout(killTimer)
        running = null
        signalGroup(child, "SIGKILL")
        const counts = countTap(tap)
        const clean = code === 0
        // Tests that never reported (a crash, a hang) are not passes.
        const broken = !clean && counts.failed === 0
        resolve({
          ...counts,
          failed: counts.failed + (timedOut && counts.failed === 0 ? 1 : 0),
          broken: broken && !timedOut,
          why: signal ?? `exit ${code}`,
        })
      })
    })
  }

  // Ctrl-C and the phase's own `finally` may both stop; both must wait for
  // the same teardown, or the process exits with the database still there.
  let stopped = null
  function stop() {
    stopped ??= teardown()
    return stopped
  }

  async function teardown() {
    stopping = true
    if (running) {
      signalGroup(running, "SIGTERM")
    }
    if (supervisor.children.size || databaseCreated) {
      step("e2e: stopping the servers, dropping the database")
    }
    await supervisor.stopAll()
    if (databaseCreated) {
      await dropDatabase(root, serverUrl, databaseName).catch((error) =>
        warn(`e2e: could not drop ${databaseName}: ${error.message}`)
      )
    }
  }

  return { run, stop }
}

/** For the migration, the seed and the API (which adds its URLs and CORS). */
function backendEnvFor(databaseUrl) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // Production mode refuses to run without them; these live one run.
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
    PICKUP_CODE_SECRET: crypto.randomBytes(32).toString("hex"),
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Its log goes to a file, where the detail helps when a journey fails.
    LOG_LEVEL: "http",
  }
  // In-memory event bus, workflows and locks, like the other phases: a
  // shared Redis would mix this app's queues with other running apps'.
  for (const name of ["REDIS_URL", "TEST_REDIS_URL", "DB_HOST", "DB_PORT"]) {
    delete env[name]
  }
  return env
}

function storefrontEnv({ backendUrl, publishableKey }) {
  const env = {
    ...process.env,
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
  }
  delete env.NEXT_PUBLIC_MEDUSA_BACKEND_URL
  delete env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY
  return env
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(0)

/** The end of a log, for a CI reader who cannot open the file. */
function printTail(file, lines = 40) {
  if (!fs.existsSync(file)) {
    return
  }
  const tail = fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines)
  console.log(`--- last ${tail.length} lines of ${file}`)
  console.log(tail.join("\n"))
  console.log("---")
}

function specFiles(dir) {
  // E2E_JOURNEYS=journey-5,journey-11 runs only those journeys.
  const only = (process.env.E2E_JOURNEYS ?? "").split(",").filter(Boolean)
  if (!fs.existsSync(dir)) {
    return []
  }
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".spec.ts"))
    .filter(
      (name) => !only.length || only.some((j) => name.startsWith(`${j}-`))
    )
    .sort()
    .map((name) => path.join(dir, name))
}

function countTap(file) {
  const report = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : ""
  const count = (name) =>
    Number(report.match(new RegExp(`^# ${name} (\\d+)`, "m"))?.[1] ?? 0)
  return {
    passed: count("pass"),
    // A test cancelled because its hook or parent failed did not pass.
    failed: count("fail") + count("cancelled"),
    skipped: count("skipped") + count("todo"),
  }
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function adminQuery(root, serverUrl, sql) {
  const require = createRequire(path.join(root, "package.json"))
  const { Client } = require("pg")
  const client = new Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function createDatabase(root, serverUrl, name) {
  await adminQuery(root, serverUrl, `drop database if exists "${name}"`)
  await adminQuery(root, serverUrl, `create database "${name}"`)
}

function dropDatabase(root, serverUrl, name) {
  // WITH (FORCE): a server that did not stop cleanly may hold connections.
  return adminQuery(
    root,
    serverUrl,
    `drop database if exists "${name}" with (force)`
  )
}
