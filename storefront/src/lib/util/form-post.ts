/**
 * The shop's own form POST handlers (src/app/api): who may post, where a
 * browser without JavaScript is sent back to, and whether the caller wants
 * JSON. Pure, so the rules are tested without a server.
 */

/** True when the caller is the page's own `fetch` (`Accept: application/json`). */
export function acceptsJson(headers: Pick<Headers, "get">): boolean {
  return (headers.get("accept") ?? "").includes("application/json")
}

/**
 * Where a form posted without JavaScript is sent back to: a path on this
 * site only (`/cart`, `/en/products/x`), never another host.
 */
export function localPath(value: unknown, fallback: string): string {
  const path = typeof value === "string" ? value : ""
  return /^\/(?![/\\])/.test(path) ? path : fallback
}

/**
 * True when a browser's POST comes from this site. Browsers send `Origin`
 * on every POST; a request without one (a script, curl) has no cookies of
 * a shopper's to abuse, so it passes.
 */
export function isSameOrigin(headers: Pick<Headers, "get">): boolean {
  const origin = headers.get("origin")
  if (!origin) {
    return true
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host")
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
