#!/usr/bin/env node
// Completes package-lock.json with the platform-specific optional packages
// (@swc/core-darwin-arm64, @rollup/rollup-win32-x64-msvc, ...) that npm could
// not resolve from the registry mirror it installed from. Without these
// entries `npm ci` refuses the lockfile on every machine ("Missing: ... from
// lock file"). Each added entry carries its os/cpu/libc, so npm skips it
// where it does not apply and fetches it where it does.
//
//   node scripts/complete-lockfile.mjs          # fix package-lock.json
//   node scripts/complete-lockfile.mjs --check  # exit 1 if anything is missing
//   node scripts/complete-lockfile.mjs storefront/package-lock.json [--check]
import fs from "node:fs"
import path from "node:path"

const OS = [
  "darwin",
  "linux",
  "win32",
  "android",
  "freebsd",
  "openbsd",
  "openharmony",
  "sunos",
  "aix",
]
const CPU = [
  ["arm64", "arm64"],
  ["aarch64", "arm64"],
  ["x64", "x64"],
  ["x86_64", "x64"],
  ["ia32", "ia32"],
  ["arm", "arm"],
  ["ppc64", "ppc64"],
  ["s390x", "s390x"],
  ["loong64", "loong64"],
  ["riscv64", "riscv64"],
]

/** Infers os/cpu/libc from a platform package name, e.g. core-linux-x64-musl. */
export function platformOf(name) {
  const parts = name.split("/").pop().split("-")
  const os = OS.find((o) => parts.includes(o))
  const cpu = CPU.find(([token]) => parts.includes(token))?.[1]
  if (!os || !cpu) {
    return null
  }
  const platform = { os: [os], cpu: [cpu] }
  if (os === "linux" && parts.some((p) => p.startsWith("musl"))) {
    platform.libc = ["musl"]
  } else if (os === "linux" && parts.some((p) => p.startsWith("gnu"))) {
    platform.libc = ["glibc"]
  }
  return platform
}

export function completeLockfile(lock) {
  const added = []
  const packages = lock.packages
  for (const [key, entry] of Object.entries(packages)) {
    for (const [name, spec] of Object.entries(
      entry.optionalDependencies ?? {}
    )) {
      const base = key ? `${key}/node_modules/` : "node_modules/"
      const nested = `${base}${name}`
      const hoisted = `node_modules/${name}`
      if (packages[nested] || packages[hoisted]) {
        continue
      }
      const platform = platformOf(name)
      const version = spec.replace(/^[\^~=]/, "")
      if (!platform || !/^\d+\.\d+\.\d+/.test(version)) {
        continue
      }
      const flags = entry.devOptional
        ? { devOptional: true }
        : { ...(entry.dev ? { dev: true } : {}), optional: true }
      packages[hoisted] = { version, ...flags, ...platform }
      added.push(`${name}@${version}`)
    }
  }
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) =>
      a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)
    )
  )
  return added
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]) === new URL(import.meta.url).pathname
if (isMain) {
  // A lockfile (or its folder) may be named: storefront/package-lock.json.
  const named = process.argv.slice(2).find((a) => !a.startsWith("--"))
  const dir =
    process.argv.find((a) => a.startsWith("--dir="))?.slice(6) ?? process.cwd()
  const file = named
    ? named.endsWith(".json")
      ? named
      : path.join(named, "package-lock.json")
    : path.join(dir, "package-lock.json")
  const lock = JSON.parse(fs.readFileSync(file, "utf8"))
  const added = completeLockfile(lock)
  if (process.argv.includes("--check")) {
    if (added.length) {
      console.error(
        `${file} lacks ${added.length} platform packages (${added.slice(0, 3).join(", ")}, ...). Run: node scripts/complete-lockfile.mjs`
      )
      process.exit(1)
    }
    console.log(`${file}: complete`)
  } else {
    fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n")
    console.log(`${file}: added ${added.length} platform packages`)
  }
}
