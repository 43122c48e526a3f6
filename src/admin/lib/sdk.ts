import Medusa from "@medusajs/js-sdk"

/** The one JS SDK of the admin extensions; it rides the admin's session. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** An absolute or same-origin URL to a backend path, for plain links. */
export function backendUrl(path: string, query: Record<string, unknown> = {}) {
  const base = (import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") {
      continue
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      params.append(key, String(v))
    }
  }
  const search = params.toString()
  return `${base}${path}${search ? `?${search}` : ""}`
}
