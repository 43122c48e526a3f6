import { STORE_RELATIONS_LIMIT } from "../constants"

/**
 * Joins a `fields` list and refuses any path that expands more relations
 * than the store allows, so a too-deep path fails in a unit test instead
 * of as a 400 in production. `*items.variant` expands 2; `items.product.vendor.name` 3.
 */
export function storeFields(...paths: string[]): string {
  for (const path of paths) {
    const depth = relationDepth(path)
    if (depth > STORE_RELATIONS_LIMIT) {
      throw new Error(
        `fields path "${path}" expands ${depth} relations; the store allows ${STORE_RELATIONS_LIMIT}`
      )
    }
  }
  return paths.join(",")
}

/** Relations a fields path expands: "*a.b" → 2, "+a.b.c" → 2, "a.b.*" → 2. */
export function relationDepth(path: string): number {
  const clean = path.replace(/^[+\-*]/, "")
  const segments = clean.split(".").filter((s) => s && s !== "*")
  if (path.startsWith("*")) {
    return segments.length
  }
  if (clean.endsWith(".*")) {
    return segments.length
  }
  return Math.max(segments.length - 1, 0)
}
