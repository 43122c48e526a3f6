import net from "node:net"

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until `url` answers 2xx (or anything at all, with `anyStatus`: the
 * server is listening, whatever that page says). Gives up after
 * `timeoutMs`, as soon as `exited` (a child's exit promise) settles, since
 * a server that died will never answer, or quietly when `cancelled()` turns
 * true (shutting down). Resolves true once answered, false when cancelled.
 */
export async function waitForHttp(
  url,
  label,
  {
    timeoutMs = 180000,
    exited,
    cancelled = () => false,
    anyStatus = false,
  } = {}
) {
  let gone = null
  exited?.then((result) => {
    gone = result ?? {}
  })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (cancelled()) {
      return false
    }
    if (gone) {
      throw new Error(
        `${label} exited (${gone.signal ?? `exit ${gone.code}`}) before answering ${url}`
      )
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10000) })
      await response.body?.cancel()
      if (response.ok || anyStatus) {
        return true
      }
    } catch {
      // Not listening yet.
    }
    await sleep(500)
  }
  throw new Error(`${label} did not answer ${url} within ${timeoutMs / 1000} s`)
}

/**
 * The first port from `from` on that nothing listens on, on IPv4 or IPv6
 * (Next.js listens on both). Another process may still take it before we
 * bind; the server then fails to start and waitForHttp says so.
 */
export async function findFreePort(from, { tries = 200 } = {}) {
  for (let port = from; port < from + tries; port++) {
    if ((await canListen(port, "127.0.0.1")) && (await canListen(port, "::"))) {
      return port
    }
  }
  throw new Error(`No free port between ${from} and ${from + tries - 1}.`)
}

function canListen(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once("error", (error) => {
      // A machine without IPv6 cannot have anything listening on it either.
      resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")
    })
    probe.listen({ port, host, exclusive: true }, () =>
      probe.close(() => resolve(true))
    )
  })
}
