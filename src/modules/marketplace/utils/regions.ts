import reference from "../../../../data/reference/gb2260.json"

export type RegionRef = {
  code: string
  name: string
  name_en: string
  parent?: string
}

const REGIONS = new Map<string, RegionRef>(
  (reference.regions as RegionRef[]).map((r) => [r.code, r])
)

/** The GB/T 2260 region for a code, from data/reference/gb2260.json. */
export function findRegion(code: string): RegionRef | undefined {
  return REGIONS.get(code)
}

/** GB/T 2260 code of 重庆市, the parent of every district and county a co-op may name. */
export const CHONGQING_CODE = "500000"

export const COOP_REGION_RULES = {
  unknown: "is not a known GB/T 2260 region code",
  outside_chongqing: "is not one of Chongqing's districts or counties",
} as const

/**
 * Why a code cannot be a co-op's home region, or null when it can: the
 * marketplace serves Chongqing's farms, so a co-op names its district or
 * county (区/县), never a province or the municipality as a whole.
 */
export function coopRegionProblem(
  code: string
): keyof typeof COOP_REGION_RULES | null {
  const region = findRegion(code)
  if (!region) {
    return "unknown"
  }
  return region.parent === CHONGQING_CODE ? null : "outside_chongqing"
}

/** Chongqing's districts and counties, in GB/T 2260 order. */
export function chongqingCounties(): RegionRef[] {
  return [...REGIONS.values()].filter((r) => r.parent === CHONGQING_CODE)
}
