#!/usr/bin/env node
// `npm test`: the whole suite — unit, module, HTTP, storefront, bench-helper
// and browser tests — against DATABASE_URL, or against the embedded PostgreSQL when it
// is unset. Ends with one line counting passed and failed tests.
//
//   npm test                      # everything
//   npm test -- unit modules      # only some phases
//   npm test -- e2e               # only the browser journeys
//   npm test -- http -t "store"   # extra arguments go to jest
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { browserTests } from "./lib/e2e.mjs"
import { readJson } from "./lib/fsutil.mjs"
import { ensureInstalled } from "./lib/install.mjs"
import { fail, info, step } from "./lib/log.mjs"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { run } from "./lib/run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const resultsDir = path.join(root, ".data", "test-results")

const PHASES = {
  unit: "unit",
  modules: "integration:modules",
  http: "integration:http",
  // node:test in storefront/ (data-layer helpers, CNY and zh-CN formatting).
  storefront: "storefront",
  // node:test in bench/: the bench's pure helpers (percentiles, /proc
  // parsing, the table). Never a measurement.
  bench: "bench",
  // The browser journeys (storefront/e2e), against servers started here.
  e2e: "e2e",
}
const storefrontDir = path.join(root, "storefront")

let stopDatabase = async () => {}
let stopBrowserTests = async () => {}

async function main() {
  const args = process.argv.slice(2)
  const phases = args.filter((a) => a in PHASES)
  const jestArgs = args.filter((a) => !(a in PHASES))
  const selected = phases.length ? phases : Object.keys(PHASES)

  step("Checking dependencies")
  await ensureInstalled(root, "backend")

  step("Database")
  const { env, serverUrl } = await testEnv()

  fs.mkdirSync(resultsDir, { recursive: true })
  const totals = { passed: 0, failed: 0, skipped: 0, suitesFailed: 0 }
  for (const phase of selected) {
    step(`Running ${phase} tests`)
    if (phase === "storefront" || phase === "bench") {
      const result =
        phase === "storefront"
          ? await runStorefrontTests()
          : await runNodeTests({
              cwd: root,
              name: "bench",
              files: testFiles(path.join(root, "bench", "__tests__"), ".mjs"),
            })
      totals.passed += result.passed
      totals.failed += result.failed
      totals.suitesFailed += result.broken ? 1 : 0
      info(`${phase}: ${result.passed} passed, ${result.failed} failed`)
      continue
    }
    if (phase === "e2e") {
      const started = Date.now()
      const e2e = browserTests({ root, serverUrl, resultsDir })
      stopBrowserTests = e2e.stop
      let result = { passed: 0, failed: 0, skipped: 0, broken: true }
      try {
        result = await e2e.run()
      } catch (error) {
        fail(`e2e: ${error.message}`)
      } finally {
        await e2e.stop()
      }
      totals.passed += result.passed
      totals.failed += result.failed
      totals.skipped += result.skipped
      totals.suitesFailed += result.broken ? 1 : 0
      info(
        `e2e: ${result.passed} passed, ${result.failed} failed` +
          (result.skipped ? `, ${result.skipped} skipped` : "") +
          ` in ${((Date.now() - started) / 1000).toFixed(0)} s`
      )
      continue
    }
    const outputFile = path.join(resultsDir, `${phase}.json`)
    fs.rmSync(outputFile, { force: true })
    let exitedCleanly = true
    try {
      await run(
        path.join(root, "node_modules", ".bin", "jest"),
        [
          // Patterns first: --reporters takes every value that follows it.
          ...jestArgs,
          "--runInBand",
          "--forceExit",
          "--passWithNoTests",
          "--reporters=default",
          `--reporters=${path.join(root, "scripts", "jest-summary-reporter.cjs")}`,
          ...(phase === "unit" ? ["--silent"] : []),
        ],
        {
          cwd: root,
          env: {
            ...env,
            TEST_TYPE: PHASES[phase],
            TEST_SUMMARY_FILE: outputFile,
            NODE_OPTIONS: "--experimental-vm-modules --no-warnings",
          },
        }
      )
    } catch {
      exitedCleanly = false
    }
    const result = readJson(outputFile, null)
    if (!result) {
      totals.suitesFailed += 1
      fail(`${phase}: jest produced no results`)
      continue
    }
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests
    totals.skipped += result.numPendingTests + result.numTodoTests
    const brokenSuites =
      result.numFailedTestSuites - countSuitesWithFailedTests(result)
    totals.suitesFailed += brokenSuites
    if (!exitedCleanly && result.numFailedTests === 0 && brokenSuites === 0) {
      totals.suitesFailed += 1
    }
    info(
      `${phase}: ${result.numPassedTests} passed, ${result.numFailedTests} failed` +
        (brokenSuites ? `, ${brokenSuites} suites failed to run` : "")
    )
  }

  await stopDatabase()
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ""
  if (totals.suitesFailed) {
    fail(`${totals.suitesFailed} test suites failed to run`)
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`)
  process.exit(totals.failed || totals.suitesFailed ? 1 : 0)
}

/** node:test in storefront/, counted from its TAP report. */
async function runStorefrontTests() {
  if (!fs.existsSync(path.join(storefrontDir, "package.json"))) {
    return { passed: 0, failed: 0, broken: false }
  }
  await ensureInstalled(storefrontDir, "storefront")
  return runNodeTests({
    cwd: storefrontDir,
    name: "storefront",
    args: ["--conditions=react-server", "--import", "tsx"],
    files: testFiles(path.join(storefrontDir, "src"), ".test.ts"),
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  })
}

/** Runs `files` with node:test and counts passes and failures from TAP. */
async function runNodeTests({ cwd, name, files, args = [], env = {} }) {
  if (!files.length) {
    return { passed: 0, failed: 0, broken: false }
  }
  const tap = path.join(resultsDir, `${name}.tap`)
  fs.rmSync(tap, { force: true })
  let broken = false
  try {
    await run(
      process.execPath,
      [
        "--test",
        ...args,
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=tap",
        `--test-reporter-destination=${tap}`,
        ...files,
      ],
      { cwd, env: { ...process.env, ...env } }
    )
  } catch {
    broken = true
  }
  const report = fs.existsSync(tap) ? fs.readFileSync(tap, "utf8") : ""
  const count = (label) =>
    Number(report.match(new RegExp(`^# ${label} (\\d+)`, "m"))?.[1] ?? 0)
  const failed = count("fail")
  return { passed: count("pass"), failed, broken: broken && failed === 0 }
}

function testFiles(dir, suffix) {
  if (!fs.existsSync(dir)) {
    return []
  }
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f))
}

function countSuitesWithFailedTests(result) {
  return result.testResults.filter((suite) =>
    suite.assertionResults.some((a) => a.status === "failed")
  ).length
}

/**
 * Medusa's test runner reads DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD and
 * creates a database per test file. It turns on SSL unless the host is the
 * string "localhost", so 127.0.0.1 is rewritten.
 *
 * REDIS_URL is handed on as TEST_REDIS_URL: the suite runs on in-memory
 * infrastructure, and the Redis spec switches Redis on for its own app.
 *
 * Resolves to `{ env, serverUrl }`; serverUrl reaches the same server, on
 * which the e2e phase creates and drops its own database.
 */
async function testEnv() {
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // Medusa logs every migration and module load; tests only need problems.
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
  }
  if (env.REDIS_URL) {
    env.TEST_REDIS_URL = env.REDIS_URL
    delete env.REDIS_URL
  }
  let url
  if (env.DATABASE_URL) {
    info("using DATABASE_URL")
    url = new URL(env.DATABASE_URL)
  } else {
    const pg = await startEmbeddedPostgres(root)
    stopDatabase = pg.stop
    url = new URL(pg.urlFor("postgres"))
  }
  delete env.DATABASE_URL
  const host = url.hostname === "127.0.0.1" ? "localhost" : url.hostname
  return {
    serverUrl: url.toString(),
    env: {
      ...env,
      DB_HOST: host,
      DB_PORT: url.port || "5432",
      DB_USERNAME: decodeURIComponent(url.username || "postgres"),
      DB_PASSWORD: decodeURIComponent(url.password || ""),
    },
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stopBrowserTests()
    await stopDatabase()
    process.exit(130)
  })
}

main().catch(async (error) => {
  fail(error.message)
  await stopBrowserTests()
  await stopDatabase()
  process.exit(1)
})
