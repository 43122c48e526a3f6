import { spawn } from "node:child_process"
import fs from "node:fs"
import readline from "node:readline"

/** Runs a command to completion with inherited output; rejects on failure. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) {
        resolve()
      } else {
        reject(
          new Error(
            `${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`
          )
        )
      }
    })
  })
}

/**
 * Long-running children (the API, the storefront). Each runs in its own
 * process group so that shutdown reaches its grandchildren too, and its
 * output is prefixed with its name, or appended to `logFile` when given.
 */
export class Supervisor {
  children = new Map()
  stopping = false

  start(name, command, args, { logFile, ...options } = {}) {
    const out = logFile ? fs.openSync(logFile, "a") : "pipe"
    const child = spawn(command, args, {
      ...options,
      detached: process.platform !== "win32",
      stdio: ["ignore", out, out],
    })
    if (logFile) {
      fs.closeSync(out)
    }
    for (const stream of [child.stdout, child.stderr].filter(Boolean)) {
      readline
        .createInterface({ input: stream })
        .on("line", (line) => console.log(`[${name}] ${line}`))
    }
    const exited = new Promise((resolve) => {
      child.on("exit", (code, signal) => {
        this.children.delete(name)
        resolve({ code, signal })
      })
    })
    this.children.set(name, { child, exited })
    return { child, exited }
  }

  async stopAll(timeoutMs = 20000) {
    this.stopping = true
    const pending = [...this.children.entries()].map(
      async ([name, { child, exited }]) => {
        signalGroup(child, "SIGTERM")
        const timer = setTimeout(() => {
          console.log(`[${name}] did not stop in time; killing it`)
          signalGroup(child, "SIGKILL")
        }, timeoutMs)
        await exited
        clearTimeout(timer)
        // Reap anything the child left behind in its group.
        signalGroup(child, "SIGKILL")
      }
    )
    await Promise.all(pending)
  }
}

function signalGroup(child, signal) {
  try {
    if (process.platform === "win32") {
      child.kill(signal)
    } else {
      process.kill(-child.pid, signal)
    }
  } catch {
    // Already gone.
  }
}
