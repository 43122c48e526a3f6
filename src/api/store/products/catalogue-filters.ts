import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CATALOGUE_MODULE } from "../../../modules/catalogue"
import type CatalogueModuleService from "../../../modules/catalogue/service"
import type { CatalogueFilters } from "../../../modules/catalogue/types"
import {
  brandClaimHolds,
  validCertifications,
} from "../../../modules/catalogue/utils/present"
import { salesChannelIds } from "../catalogue/helpers"
import { catalogueFilterShape } from "../catalogue/validators"

const CLAIM_FILTERS = [
  "grade",
  "grade_standard",
  "brand",
  "region",
  "certification",
] as const

const StoreProductsClaimFilters = z.object({
  grade: catalogueFilterShape.grade,
  grade_standard: catalogueFilterShape.grade_standard,
  brand: catalogueFilterShape.brand,
  region: catalogueFilterShape.region,
  certification: catalogueFilterShape.certification,
})

type ClaimRequest = MedusaRequest & { claim_filter?: CatalogueFilters }

const BRAND_FIELDS = [
  "id",
  "handle",
  "type",
  "name_zh",
  "name_en",
  "gi_number",
  "holder",
  "region_codes",
  "harvest_months",
]
const CERTIFICATION_FIELDS = [
  "id",
  "type",
  "number",
  "issuer",
  "issuer_en",
  "valid_from",
  "valid_to",
]
const GRADE_FIELDS = ["id", "measured", "verified_at"]
const LEVEL_FIELDS = [
  "id",
  "code",
  "name_zh",
  "name_en",
  "rank",
  "criteria",
  "tolerance_pct",
]

/** Claim fields a shopper may ask for (`*brand`, `*certifications`, `*variants.variant_grade`). */
export const PUBLIC_CLAIM_FIELDS = [
  "brand",
  ...BRAND_FIELDS.map((f) => `brand.${f}`),
  "certifications",
  ...CERTIFICATION_FIELDS.map((f) => `certifications.${f}`),
  "variants.variant_grade",
  ...GRADE_FIELDS.map((f) => `variants.variant_grade.${f}`),
  "variants.variant_grade.level",
  ...LEVEL_FIELDS.map((f) => `variants.variant_grade.level.${f}`),
]

const STAR_EXPANSIONS: Record<string, string[]> = {
  "brand.*": BRAND_FIELDS.map((f) => `brand.${f}`),
  "certifications.*": CERTIFICATION_FIELDS.map((f) => `certifications.${f}`),
  "variants.variant_grade.*": GRADE_FIELDS.map(
    (f) => `variants.variant_grade.${f}`
  ),
  "variants.variant_grade.level.*": LEVEL_FIELDS.map(
    (f) => `variants.variant_grade.level.${f}`
  ),
}

/** Lets the store product validator accept the public claim fields. */
export function allowClaimFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  req.allowed = [...(req.allowed ?? []), ...PUBLIC_CLAIM_FIELDS]
  next()
}

/**
 * Takes the grade, brand, region and certification filters off the query
 * before Medusa's strict validator sees them, and validates them.
 */
export async function takeClaimFilters(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const raw = Object.fromEntries(
    CLAIM_FILTERS.filter((k) => req.query[k] !== undefined).map((k) => [
      k,
      req.query[k],
    ])
  )
  CLAIM_FILTERS.forEach((k) => delete req.query[k])
  if (Object.keys(raw).length) {
    const parsed = StoreProductsClaimFilters.safeParse(raw)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        parsed.error.issues
          .map((i) => {
            const field = String(i.path[0])
            return i.message.startsWith(field)
              ? i.message
              : `${field}: ${i.message}`
          })
          .join("; ")
      )
    }
    ;(req as ClaimRequest).claim_filter = parsed.data as CatalogueFilters
  }
  allowClaimFields(req, res, next)
}

/**
 * Expands `brand.*`-style stars into the public fields, and makes sure the
 * response can be checked against the claims' validity.
 */
function limitClaimFields(req: MedusaRequest): boolean {
  const fields = req.queryConfig?.fields
  if (
    !fields?.some(
      (f) => f.startsWith("brand.") || f.startsWith("certifications.")
    )
  ) {
    return false
  }
  req.queryConfig.fields = [
    ...new Set(fields.flatMap((f) => STAR_EXPANSIONS[f] ?? [f])),
  ]
  return true
}

/**
 * Shows a brand only while the product's co-op holds a valid authorization
 * and certificates only while valid, read from the catalogue read model.
 */
function guardClaims(req: MedusaRequest, res: MedusaResponse) {
  const send = res.json.bind(res)
  res.json = ((body: any) => {
    const products: any[] =
      body?.products ?? (body?.product ? [body.product] : [])
    if (!products.length) {
      return send(body)
    }
    const catalogue =
      req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
    const now = new Date()
    catalogue
      .listCatalogueClaims(products.map((p) => p.id))
      .catch(() => new Map())
      .then((claims) => {
        for (const product of products) {
          const claim = claims.get(product.id)
          if (
            "brand" in product &&
            !(claim && brandClaimHolds(claim.brand_windows, now))
          ) {
            product.brand = null
          }
          if (Array.isArray(product.certifications)) {
            const valid = new Set(
              validCertifications(claim?.certifications ?? [], now).map(
                (c) => c.id
              )
            )
            product.certifications = product.certifications.filter(
              (c: any) => c && valid.has(c.id)
            )
          }
        }
        send(body)
      })
    return res
  }) as MedusaResponse["json"]
}

/** Narrows /store/products to the claim filters, through the read model. */
export async function applyClaimFilters(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (limitClaimFields(req)) {
    guardClaims(req, res)
  }
  const filter = (req as ClaimRequest).claim_filter
  if (filter) {
    const catalogue =
      req.scope.resolve<CatalogueModuleService>(CATALOGUE_MODULE)
    const ids = await catalogue.matchingProductIds({
      ...filter,
      sales_channel_ids: salesChannelIds(req),
    })
    const filters = req.filterableFields as Record<string, unknown>
    filters.$and = [...((filters.$and as unknown[]) ?? []), { id: ids }]
  }
  next()
}

/** Single products: claim fields expanded and checked as in the listing. */
export function guardProductClaims(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (limitClaimFields(req)) {
    guardClaims(req, res)
  }
  next()
}
