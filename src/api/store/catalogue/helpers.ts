import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogueFacets } from "../../../modules/catalogue/types"

type Label = { name_zh: string; name_en: string }

const REGION_TTL_MS = 5 * 60 * 1000
let regionCache: { at: number; labels: Map<string, Label> } | undefined

/** GB/T 2260 names, cached: regions change with an admin edit, not per order. */
export async function regionLabels(
  scope: MedusaContainer
): Promise<Map<string, Label>> {
  if (regionCache && Date.now() - regionCache.at < REGION_TTL_MS) {
    return regionCache.labels
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "origin_region",
    fields: ["code", "name_zh", "name_en"],
  })
  const labels = new Map<string, Label>(
    data.map((r: any) => [r.code, { name_zh: r.name_zh, name_en: r.name_en }])
  )
  regionCache = { at: Date.now(), labels }
  return labels
}

/** Certificate types in Chinese and English. */
export const CERTIFICATION_LABELS: Record<string, Label> = {
  green_food: { name_zh: "绿色食品", name_en: "Green Food" },
  organic: { name_zh: "有机产品", name_en: "Organic" },
  geographical_indication: {
    name_zh: "农产品地理标志",
    name_en: "Geographical indication",
  },
  compliance_certificate: {
    name_zh: "承诺达标合格证",
    name_en: "Compliance certificate",
  },
}

/** Adds region and certificate names to facet values. */
export async function labelFacets(
  scope: MedusaContainer,
  facets: CatalogueFacets
): Promise<CatalogueFacets> {
  const regions = await regionLabels(scope)
  const label = (map: (v: string) => Label | undefined) => (f: any) => ({
    ...f,
    label_zh: map(f.value)?.name_zh ?? f.label_zh,
    label_en: map(f.value)?.name_en ?? f.label_en,
  })
  return {
    ...facets,
    region: facets.region.map(label((v) => regions.get(v))),
    certification: facets.certification.map(
      label((v) => CERTIFICATION_LABELS[v])
    ),
  }
}

/** The publishable key's sales channels (set by Medusa's store middleware). */
export function salesChannelIds(req: MedusaRequest): string[] | undefined {
  return (req as any).publishable_key_context?.sales_channel_ids
}

/**
 * Shared caches may keep a response one second: within the 2 s freshness
 * budget. The ETag Express adds lets clients revalidate with a 304.
 */
export function setCatalogueCacheHeaders(res: MedusaResponse) {
  res.setHeader("Cache-Control", "public, max-age=1")
  res.setHeader("Vary", "x-publishable-api-key")
}

/** Sends an already serialised JSON body with the catalogue's cache headers. */
export function sendCatalogueJson(res: MedusaResponse, body: string) {
  setCatalogueCacheHeaders(res)
  res.type("application/json").send(body)
}
