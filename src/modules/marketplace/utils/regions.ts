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
