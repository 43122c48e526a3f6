import fs from "node:fs"
import path from "node:path"
import { hashTree } from "./fsutil.mjs"
import { info, step } from "./log.mjs"
import { run } from "./run.mjs"

/** What `medusa build` reads: when none of it changed, .medusa/server is current. */
const BACKEND_INPUTS = [
  "package-lock.json",
  "medusa-config.ts",
  "tsconfig.json",
  "src",
]

/** What `next build` reads in storefront/ (tests under e2e/ are not built). */
const STOREFRONT_INPUTS = [
  "package-lock.json",
  "src",
  "public",
  "messages",
  "next.config.ts",
  "next.config.mjs",
  "tsconfig.json",
]

const STAMP = ".tiantou-build"

/** Marks a stamp of a build made without the admin dashboard. */
const API_ONLY = " api-only"

function readStamp(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : null
}

/**
 * Runs a build with its output in `logFile` when given, else on the
 * console, and says how long it took.
 */
async function runBuild(label, command, args, { logFile, ...options }) {
  const started = Date.now()
  if (!logFile) {
    await run(command, args, options)
  } else {
    const out = fs.openSync(logFile, "a")
    try {
      await run(command, args, { ...options, stdio: ["ignore", out, out] })
    } catch (error) {
      throw new Error(`${error.message}; see ${logFile}`)
    } finally {
      fs.closeSync(out)
    }
  }
  info(`${label} built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * `medusa build` into .medusa/server when the backend or admin sources
 * changed since the build recorded there; `npm start`, the browser tests
 * and the bench share that build. `admin: false` says the caller does not
 * serve the dashboard: any current build will do, and a new one leaves the
 * admin out (its bundle is most of the build time); `npm start` rebuilds
 * such a build with the admin. `lint: false` skips the linter `medusa
 * build` runs first (CI lints separately). Resolves true when it built.
 */
export async function buildBackendIfNeeded(
  root,
  { env, lint = true, admin = true, logFile } = {}
) {
  const serverDir = path.join(root, ".medusa", "server")
  const stamp = path.join(serverDir, STAMP)
  const inputs = hashTree(root, BACKEND_INPUTS)
  const current = readStamp(stamp)
  const upToDate =
    current === inputs || (!admin && current === inputs + API_ONLY)
  if (upToDate) {
    info("backend build up to date")
  } else {
    step(
      admin
        ? "Building the API and admin (medusa build)"
        : "Building the API (medusa build, without the admin)"
    )
    // A half-written build must not pass for the last good one.
    fs.rmSync(stamp, { force: true })
    await runBuild(
      "backend",
      path.join(root, "node_modules", ".bin", "medusa"),
      ["build", ...(lint ? [] : ["--no-lint"])],
      {
        cwd: root,
        env: admin ? env : { ...env, MEDUSA_ADMIN_DISABLED: "true" },
        logFile,
      }
    )
    fs.writeFileSync(stamp, inputs + (admin ? "" : API_ONLY) + "\n")
  }
  // The build's package.json lists the same dependencies as the root, so the
  // server reuses the root node_modules instead of a second install.
  const link = path.join(serverDir, "node_modules")
  if (!fs.existsSync(link)) {
    fs.symlinkSync(path.join(root, "node_modules"), link, "dir")
  }
  return !upToDate
}

/**
 * `next build` into `distDir` when the storefront's sources (or
 * `extraInputs`, e.g. a value inlined at build time) changed since the
 * build recorded there. Each output folder has its own stamp, so
 * `npm start` (.next) and the browser tests (.next-e2e) never rebuild for
 * each other. Resolves true when it built.
 */
export async function buildStorefrontIfNeeded(
  storefrontDir,
  { env, distDir = ".next", extraInputs = "", lint = true, logFile } = {}
) {
  const stamp = path.join(storefrontDir, distDir, STAMP)
  const inputs = hashTree(storefrontDir, STOREFRONT_INPUTS) + extraInputs
  if (readStamp(stamp) === inputs) {
    info(`storefront build up to date (${distDir})`)
    return false
  }
  step(`Building the storefront (next build into ${distDir})`)
  // next build adds `<distDir>/types/**/*.ts` to tsconfig.json's include
  // and points next-env.d.ts at it; for any folder but .next that would
  // leave a change in a committed file, so both are put back afterwards.
  const restore =
    distDir === ".next"
      ? () => {}
      : keepFiles(storefrontDir, ["tsconfig.json", "next-env.d.ts"])
  fs.rmSync(stamp, { force: true })
  try {
    await runBuild(
      "storefront",
      path.join(storefrontDir, "node_modules", ".bin", "next"),
      ["build", ...(lint ? [] : ["--no-lint"])],
      {
        cwd: storefrontDir,
        env: { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
        logFile,
      }
    )
  } finally {
    restore()
  }
  fs.writeFileSync(stamp, inputs + "\n")
  return true
}

/** Remembers files' bytes; the returned function writes back any that changed. */
function keepFiles(dir, names) {
  const saved = names
    .map((name) => path.join(dir, name))
    .filter((file) => fs.existsSync(file))
    .map((file) => [file, fs.readFileSync(file)])
  return () => {
    for (const [file, bytes] of saved) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(bytes)) {
        fs.writeFileSync(file, bytes)
      }
    }
  }
}
