import fs from "node:fs"
import path from "node:path"
import { sha256 } from "./fsutil.mjs"
import { info, step } from "./log.mjs"
import { run } from "./run.mjs"

const STAMP = ".tiantou-install"

/**
 * Installs a package's dependencies when they are missing or stale: `npm ci`
 * when the lockfile changed since the last install, and nothing when it did
 * not. The lockfile's hash is kept in node_modules, so deleting node_modules
 * or pulling a new lockfile both trigger a clean install.
 */
export async function ensureInstalled(dir, label) {
  const lockfile = path.join(dir, "package-lock.json")
  const hasLock = fs.existsSync(lockfile)
  const manifest = fs.readFileSync(
    hasLock ? lockfile : path.join(dir, "package.json")
  )
  const wanted = sha256(manifest)
  const stampFile = path.join(dir, "node_modules", STAMP)
  const current = fs.existsSync(stampFile)
    ? fs.readFileSync(stampFile, "utf8").trim()
    : null
  if (current === wanted) {
    info(`${label}: dependencies up to date`)
    return false
  }
  step(
    `${label}: installing dependencies (${hasLock ? "npm ci" : "npm install"})`
  )
  await run(
    "npm",
    [hasLock ? "ci" : "install", "--no-audit", "--no-fund", "--loglevel=error"],
    { cwd: dir, env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" } }
  )
  fs.writeFileSync(stampFile, wanted + "\n")
  return true
}
