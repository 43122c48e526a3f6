import path from "node:path"
import { waitForHttp } from "./http.mjs"

/**
 * Node options for the production API. V8 sizes its old generation from the
 * machine's memory (4 GB here) and, with that much room, lets a busy
 * server's garbage grow the heap to about 1 GB between full collections;
 * capping it (MEDUSA_HEAP_MB, 768 by default) keeps the process under
 * 1 GiB at a small GC cost (docs/performance.md). NODE_OPTIONS set by the
 * operator wins.
 */
export function apiNodeOptions(env = process.env) {
  if (env.NODE_OPTIONS?.includes("--max-old-space-size")) {
    return env.NODE_OPTIONS
  }
  const mb = Number(env.MEDUSA_HEAP_MB || 768)
  return [env.NODE_OPTIONS, `--max-old-space-size=${mb}`]
    .filter(Boolean)
    .join(" ")
}

/**
 * The production API from .medusa/server (see build.mjs) on `port`, under
 * `supervisor`; resolves once /health answers. `env` carries DATABASE_URL,
 * the secrets and CORS.
 */
export async function startBackend(
  supervisor,
  { root, env, port, logFile, cancelled, name = "api" }
) {
  const child = supervisor.start(
    name,
    path.join(root, "node_modules", ".bin", "medusa"),
    ["start"],
    {
      cwd: path.join(root, ".medusa", "server"),
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: String(port),
        NODE_OPTIONS: apiNodeOptions(env),
      },
      logFile,
    }
  )
  await waitForHttp(`http://localhost:${port}/health`, "the API", {
    exited: child.exited,
    cancelled,
  })
  return child
}

/**
 * `next start` of the build in `distDir` on `port`; resolves once the home
 * page renders (which needs the backend too), or with `anyStatus` once the
 * server answers at all (tests then report what does not render). The
 * storefront reads MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY from
 * `env` at run time.
 */
export async function startStorefront(
  supervisor,
  {
    storefrontDir,
    env,
    port,
    distDir = ".next",
    logFile,
    cancelled,
    anyStatus = false,
    name = "shop",
  }
) {
  const child = supervisor.start(
    name,
    path.join(storefrontDir, "node_modules", ".bin", "next"),
    ["start", "-p", String(port)],
    {
      cwd: storefrontDir,
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: String(port),
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      logFile,
    }
  )
  await waitForHttp(`http://localhost:${port}/`, "the storefront", {
    exited: child.exited,
    cancelled,
    anyStatus,
  })
  return child
}
