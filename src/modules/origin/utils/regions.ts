export type RegionNode = { code: string; parent_code?: string | null }

/**
 * True when `code` is `ancestorCode` or lies inside it, following
 * `parent_code` upwards (奉节县 500236 is within 重庆市 500000). Unknown codes
 * are within nothing; a cycle in the data stops the walk.
 */
export function isWithin(
  code: string,
  ancestorCode: string,
  regions: Iterable<RegionNode> | Map<string, RegionNode>
): boolean {
  const byCode =
    regions instanceof Map
      ? regions
      : new Map(Array.from(regions, (r) => [r.code, r] as const))
  const seen = new Set<string>()
  let current = byCode.get(code)
  while (current && !seen.has(current.code)) {
    if (current.code === ancestorCode) {
      return true
    }
    seen.add(current.code)
    current = current.parent_code ? byCode.get(current.parent_code) : undefined
  }
  return false
}
