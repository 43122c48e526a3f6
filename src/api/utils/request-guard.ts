import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pageLimit, pageOffset } from "./query-params"

const NUL = "\u0000"
const MAX_DEPTH = 32

/**
 * The dotted path of the first string under `value` that holds a NUL
 * character, or null. PostgreSQL refuses NUL in text, so a NUL that gets
 * that far turns into a 500.
 */
export function findNul(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") {
    return value.includes(NUL) ? path || "(value)" : null
  }
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) {
    return null
  }
  for (const [key, item] of Object.entries(value)) {
    const at = Array.isArray(value)
      ? `${path}[${key}]`
      : path
        ? `${path}.${key}`
        : key
    if (key.includes(NUL)) {
      return at
    }
    const found = findNul(item, at, depth + 1)
    if (found) {
      return found
    }
  }
  return null
}

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * The checks every request to our API gets before any route's own
 * validation, so that no route, ours or Medusa's, can forget them:
 * - no NUL character in the path, the query or the body;
 * - on non-admin routes, `limit` is a whole number from 1 to 100 and
 *   `offset` a whole number of 0 or more (Medusa's own store routes coerce
 *   "-1" and pass it to the database).
 */
export function guardRequest(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const rawPath = (req.originalUrl ?? req.url).split("?")[0]
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    refuse("The request path is not valid percent-encoding.")
  }
  if (path.includes(NUL)) {
    refuse("The request path must not contain NUL (\\u0000) characters.")
  }
  const inQuery = findNul(req.query)
  if (inQuery) {
    refuse(`${inQuery} must not contain NUL (\\u0000) characters.`)
  }
  const inBody = findNul(req.body)
  if (inBody) {
    refuse(`${inBody} must not contain NUL (\\u0000) characters.`)
  }
  if (!rawPath.startsWith("/admin")) {
    checkPaging(req.query)
  }
  next()
}

function checkPaging(query: Record<string, unknown>) {
  for (const [field, schema] of [
    ["limit", pageLimit(20)],
    ["offset", pageOffset()],
  ] as const) {
    if (query[field] === undefined) {
      continue
    }
    const parsed = schema.safeParse(query[field])
    if (!parsed.success) {
      refuse(parsed.error.issues[0]?.message ?? `${field} is not valid`)
    }
  }
}
