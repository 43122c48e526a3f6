import fs from "node:fs"
import path from "node:path"

export type ApiRoute = {
  /** e.g. "/vendors/products/:id/variants/:variant_id" */
  path: string
  methods: ("GET" | "POST" | "DELETE")[]
  params: string[]
}

const API_DIR = path.resolve(__dirname, "../../src/api")
const METHOD = /export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|DELETE)\b/g

/**
 * Every route under `src/api/<scope>`, read from the file tree as Medusa
 * reads it, so a route added tomorrow is in the list without anyone adding
 * it to a test.
 */
export function apiRoutes(scope: string): ApiRoute[] {
  const routes: ApiRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") {
          walk(full)
        }
        continue
      }
      if (entry.name !== "route.ts") {
        continue
      }
      const relative = path.relative(API_DIR, path.dirname(full))
      const segments = relative.split(path.sep)
      const params = segments
        .filter((s) => /^\[.+\]$/.test(s))
        .map((s) => s.slice(1, -1))
      const source = fs.readFileSync(full, "utf8")
      const methods = [...source.matchAll(METHOD)].map(
        (m) => m[1] as ApiRoute["methods"][number]
      )
      routes.push({
        path:
          "/" + segments.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/"),
        methods,
        params,
      })
    }
  }
  walk(path.join(API_DIR, scope))
  return routes.sort((a, b) => a.path.localeCompare(b.path))
}

/**
 * The route's path with each `:param` replaced from `values`, keyed by
 * "<path up to the param>:<param>" (so "/vendors/products/:id:id" serves
 * every route under a product), then by the bare param name. Throws for a
 * param with no value, which is how a new route with a new param asks for
 * a fixture instead of going untested.
 */
export function fillParams(
  route: ApiRoute,
  values: Record<string, string>
): string {
  return route.path.replace(
    /:([a-z_]+)/g,
    (match: string, name: string, at: number) => {
      const prefix = route.path.slice(0, at + match.length)
      const value = values[`${prefix}:${name}`] ?? values[name]
      if (value === undefined) {
        throw new Error(
          `No fixture for ":${name}" in ${route.path}: add one to the route-tree spec's param values.`
        )
      }
      return encodeURIComponent(value)
    }
  )
}
