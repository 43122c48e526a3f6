import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { GRADING_MODULE } from "../../modules/grading"
import type GradingModuleService from "../../modules/grading/service"
import type {
  GradeLevelDefinition,
  GradeStandardDefinition,
} from "../../modules/grading/utils/criteria"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { createGradeStandardWorkflow } from "../../workflows/grading"
import {
  createBrandWorkflow,
  createOriginRegionWorkflow,
} from "../../workflows/origin"
import reference from "../../../data/reference/gb2260.json"

/** data/standards, data/origin: human-editable JSON read from the project root. */
export const STANDARDS_DIR = path.resolve(process.cwd(), "data", "standards")
export const ORIGIN_DIR = path.resolve(process.cwd(), "data", "origin")

export const CHONGQING = "500000"

export type StandardFile = Omit<GradeStandardDefinition, "levels"> & {
  verification: "verified" | "unverified"
  source: string
  levels: (GradeLevelDefinition & {
    tolerance_verified?: boolean
    description_zh?: string | null
    description_en?: string | null
  })[]
}

export type BrandFile = {
  handle: string
  type: "regional_public" | "enterprise" | "umbrella"
  name_zh: string
  name_en: string
  gi_number: string | null
  holder: string | null
  story_zh: string | null
  story_en: string | null
  harvest_months: number[] | null
  region_codes: string[]
  verification_notes: Record<string, unknown> | null
}

export type RegionInput = {
  code: string
  name_zh: string
  name_en: string
  level: "province" | "prefecture" | "county"
  parent_code: string | null
  lat: number | null
  lng: number | null
}

const readJson = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(file, "utf8")) as T

/** Every standard in data/standards, sorted by file name. */
export function readStandards(dir = STANDARDS_DIR): StandardFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readJson<StandardFile>(path.join(dir, f)))
}

export function readBrands(dir = ORIGIN_DIR): BrandFile[] {
  return readJson<{ brands: BrandFile[] }>(path.join(dir, "brands.json")).brands
}

/**
 * Chongqing and its districts and counties: names from
 * data/reference/gb2260.json, approximate seat coordinates from
 * data/origin/region-coordinates.json (null where the file has none).
 */
export function chongqingRegions(dir = ORIGIN_DIR): RegionInput[] {
  const { coordinates } = readJson<{
    coordinates: Record<string, [number, number] | null>
  }>(path.join(dir, "region-coordinates.json"))
  const refs = reference.regions as {
    code: string
    name: string
    name_en: string
    parent?: string
  }[]
  return refs
    .filter((r) => r.code === CHONGQING || r.parent === CHONGQING)
    .map((r) => {
      const at = coordinates[r.code] ?? null
      return {
        code: r.code,
        name_zh: r.name,
        name_en: r.name_en,
        // Chongqing is a province-level municipality; its districts (区) and
        // counties (县) are county-level, with no prefecture in between.
        level: r.parent ? ("county" as const) : ("province" as const),
        parent_code: r.parent ?? null,
        lat: at ? at[0] : null,
        lng: at ? at[1] : null,
      }
    })
}

/**
 * Creates the standards that are missing, looked up by code, through
 * createGradeStandardWorkflow (which validates them). An existing standard
 * is left as it is: a changed standard is a new code that supersedes the
 * old one, never an edit of grades already given.
 */
export async function seedGradeStandards(
  container: MedusaContainer,
  standards: StandardFile[] = readStandards()
) {
  const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
  const existing = await grading.listGradeStandards(
    { code: standards.map((s) => s.code) },
    { select: ["id", "code"] }
  )
  const known = new Set(existing.map((s) => s.code))
  const missing = standards.filter((s) => !known.has(s.code))
  for (const s of missing) {
    await createGradeStandardWorkflow(container).run({
      input: {
        code: s.code,
        title_zh: s.title_zh,
        title_en: s.title_en,
        product_kind: s.product_kind,
        verification: s.verification,
        source: s.source,
        levels: s.levels.map((l) => ({
          code: l.code,
          name_zh: l.name_zh,
          name_en: l.name_en,
          rank: l.rank,
          tolerance_pct: l.tolerance_pct,
          tolerance_verified: l.tolerance_verified ?? false,
          description_zh: l.description_zh ?? null,
          description_en: l.description_en ?? null,
          criteria: l.criteria,
        })),
      },
    })
  }
  return { created: missing.map((s) => s.code), existing: [...known] }
}

/**
 * Creates the missing regions, looked up by code, parents first, through
 * createOriginRegionWorkflow.
 */
export async function seedOriginRegions(
  container: MedusaContainer,
  regions: RegionInput[] = chongqingRegions()
) {
  const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
  const existing = await origin.listOriginRegions(
    { code: regions.map((r) => r.code) },
    { select: ["id", "code"] }
  )
  const known = new Set(existing.map((r) => r.code))
  const depth = (r: RegionInput) => (r.parent_code ? 1 : 0)
  const missing = regions
    .filter((r) => !known.has(r.code))
    .sort((a, b) => depth(a) - depth(b) || a.code.localeCompare(b.code))
  for (const region of missing) {
    await createOriginRegionWorkflow(container).run({ input: region })
  }
  return { created: missing.length, existing: known.size }
}

/**
 * Creates the missing brands, looked up by handle, through
 * createBrandWorkflow (GI numbers and region codes are checked there).
 */
export async function seedBrands(
  container: MedusaContainer,
  brands: BrandFile[] = readBrands()
) {
  const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
  const existing = await origin.listBrands(
    { handle: brands.map((b) => b.handle) },
    { select: ["id", "handle"] }
  )
  const known = new Set(existing.map((b) => b.handle))
  const missing = brands.filter((b) => !known.has(b.handle))
  for (const brand of missing) {
    await createBrandWorkflow(container).run({ input: brand })
  }
  return { created: missing.length, existing: known.size }
}

/**
 * Loads data/standards and data/origin through the grading and origin
 * workflows. Idempotent: run it on every start.
 */
export async function seedStandardsAndOrigin(container: MedusaContainer) {
  const standards = await seedGradeStandards(container)
  const regions = await seedOriginRegions(container)
  const brands = await seedBrands(container)
  return { standards, regions, brands }
}
