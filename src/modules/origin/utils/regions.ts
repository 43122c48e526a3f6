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

export type RegionLevel = "province" | "prefecture" | "county"

/**
 * What is wrong with a GB/T 2260 code for its level, as a sentence that
 * starts with the field name, or null. A province-level code ends in 0000
 * (500000), a prefecture in 00 (but not 0000), a county-level one in
 * anything else (500236).
 */
export function regionCodeProblem(
  code: string,
  level: RegionLevel
): string | null {
  if (!/^[1-9]\d{5}$/.test(code)) {
    return `code must be a 6-digit GB/T 2260 code (e.g. 500236); got "${code}".`
  }
  const tail = code.slice(2)
  const actual =
    tail === "0000" ? "province" : tail.endsWith("00") ? "prefecture" : "county"
  return actual === level
    ? null
    : `code "${code}" is a ${actual}-level GB/T 2260 code, not ${level}.`
}

/**
 * What is wrong with a parent for a region, or null: a region cannot be
 * its own parent, and a county or prefecture sits in its province (same
 * first two digits).
 */
export function regionParentProblem(
  code: string,
  parentCode: string | null | undefined
): string | null {
  if (!parentCode) {
    return null
  }
  if (parentCode === code) {
    return `parent_code must differ from the region's own code "${code}".`
  }
  if (parentCode.slice(0, 2) !== code.slice(0, 2)) {
    return `parent_code "${parentCode}" is in another province than "${code}".`
  }
  return null
}
