import fs from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { GRADING_MODULE } from "../../modules/grading"
import type GradingModuleService from "../../modules/grading/service"
import {
  asStandardCreateInput,
  type CreateGradeStandardInput,
} from "../../modules/grading/types"
import {
  type GradeLevelDefinition,
  type GradeStandardDefinition,
  standardProblems,
} from "../../modules/grading/utils/criteria"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import { giNumberProblem } from "../../modules/origin/utils/certification"
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
 * Creates the standards that are missing, looked up by code. An existing
 * standard is left as it is: a changed standard is a new code that
 * supersedes the old one, never an edit of grades already given.
 */
export async function seedGradeStandards(
  grading: GradingModuleService,
  standards: StandardFile[] = readStandards()
) {
  const problems = standards.flatMap((s) =>
    standardProblems(s).map((p) => `${s.code}: ${p}`)
  )
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Grade standards in data/standards are invalid: ${problems.join(" ")}`
    )
  }
  const existing = await grading.listGradeStandards(
    { code: standards.map((s) => s.code) },
    { select: ["id", "code"] }
  )
  const known = new Set(existing.map((s) => s.code))
  const missing = standards.filter((s) => !known.has(s.code))
  if (missing.length) {
    const input: CreateGradeStandardInput[] = missing.map((s) => ({
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
    }))
    await grading.createGradeStandards(asStandardCreateInput(input))
  }
  return { created: missing.map((s) => s.code), existing: [...known] }
}

/** Creates or updates the regions, looked up by code. */
export async function seedOriginRegions(
  origin: OriginModuleService,
  regions: RegionInput[] = chongqingRegions()
) {
  const existing = await origin.listOriginRegions(
    { code: regions.map((r) => r.code) },
    { select: ["id", "code"] }
  )
  const ids = new Map(existing.map((r) => [r.code, r.id]))
  const toCreate = regions.filter((r) => !ids.has(r.code))
  const toUpdate = regions
    .filter((r) => ids.has(r.code))
    .map((r) => ({ id: ids.get(r.code)!, ...r }))
  if (toCreate.length) {
    await origin.createOriginRegions(toCreate)
  }
  if (toUpdate.length) {
    await origin.updateOriginRegions(toUpdate)
  }
  return { created: toCreate.length, updated: toUpdate.length }
}

/** Creates or updates the brands, looked up by handle. */
export async function seedBrands(
  origin: OriginModuleService,
  brands: BrandFile[] = readBrands()
) {
  const problems = brands
    .map((b) => giNumberProblem(b.gi_number))
    .filter((p): p is string => !!p)
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Brands in data/origin/brands.json are invalid: ${problems.join(" ")}`
    )
  }
  const existing = await origin.listBrands(
    { handle: brands.map((b) => b.handle) },
    { select: ["id", "handle"] }
  )
  const ids = new Map(existing.map((b) => [b.handle, b.id]))
  const toCreate = brands.filter((b) => !ids.has(b.handle))
  const toUpdate = brands
    .filter((b) => ids.has(b.handle))
    .map((b) => ({ id: ids.get(b.handle)!, ...b }))
  if (toCreate.length) {
    await origin.createBrands(toCreate)
  }
  if (toUpdate.length) {
    await origin.updateBrands(toUpdate)
  }
  return { created: toCreate.length, updated: toUpdate.length }
}

/**
 * Loads data/standards and data/origin through the grading and origin
 * modules. Idempotent: run it on every start.
 */
export async function seedStandardsAndOrigin(container: MedusaContainer) {
  const grading = container.resolve<GradingModuleService>(GRADING_MODULE)
  const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
  const standards = await seedGradeStandards(grading)
  const regions = await seedOriginRegions(origin)
  const brands = await seedBrands(origin)
  return { standards, regions, brands }
}
