import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

// Half a year; no preload, which is a commitment for the whole domain.
const HSTS = "max-age=15552000; includeSubDomains"

/**
 * The headers every API response carries: no MIME sniffing, no referrer
 * leaking ids in URLs, no framing (the admin at `adminPath` frames its own
 * pages, so it gets SAMEORIGIN) and, over https, HSTS.
 */
export function securityHeaders(input: {
  path: string
  secure: boolean
  adminPath?: string
}): Record<string, string> {
  const adminPath = input.adminPath ?? "/app"
  const isAdmin =
    input.path === adminPath || input.path.startsWith(`${adminPath}/`)
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": isAdmin ? "SAMEORIGIN" : "DENY",
    ...(input.secure ? { "Strict-Transport-Security": HSTS } : {}),
  }
}

/**
 * Sets securityHeaders() and drops Express's X-Powered-By. Express adds that
 * header before any middleware runs, so it is removed here and switched off
 * on the app for every later request (the admin's included).
 * `req.secure` follows X-Forwarded-Proto from the one proxy Medusa trusts.
 */
export function applySecurityHeaders(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  req.app?.disable("x-powered-by")
  res.removeHeader("X-Powered-By")
  res.set(
    securityHeaders({
      path: req.originalUrl.split("?")[0],
      secure: req.secure,
    })
  )
  next()
}
