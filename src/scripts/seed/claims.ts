import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import ProductCertificationLink from "../../links/product-certification"
import { ORIGIN_MODULE } from "../../modules/origin"
import type OriginModuleService from "../../modules/origin/service"
import type { CertificationType } from "../../modules/origin/utils/certification"
import {
  declareVariantGradeWorkflow,
  expireOriginClaimsWorkflow,
  setProductBrandWorkflow,
  updateProductCertificationsWorkflow,
} from "../../workflows/claims"
import { claimStatus } from "../../workflows/claims/utils/claim-rules"
import type { Measurement } from "../../workflows/claims/utils/claim-rules"
import { readDemoFile } from "./data"

type Window = { valid_from_days: number; valid_to_days: number }

export type DemoClaims = {
  authorizations: (Window & {
    vendor: string
    brand: string
    note: string | null
  })[]
  certifications: (Window & {
    key: string
    vendor: string
    product?: string
    type: CertificationType
    number: string
    issuer: string
    issuer_en?: string
    evidence_url: string
  })[]
  products: {
    product: string
    brand: string | null
    certifications: string[]
    /** Linked directly, as if attached while valid: the job then hides them. */
    attached_before_expiry?: string[]
  }[]
  grades: {
    product: string
    sku: string
    standard: string
    level: string
    measurements: Measurement[]
  }[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The window as dates, at midnight UTC so reruns on one day agree. */
function windowOf(w: Window, today: Date) {
  return {
    valid_from: new Date(today.getTime() + w.valid_from_days * DAY_MS),
    valid_to: new Date(today.getTime() + w.valid_to_days * DAY_MS),
  }
}

/**
 * Loads data/demo/claims.json: brand authorizations and certificates
 * (looked up before they are created), then the products' brands,
 * certificates and variant grades through the co-op claim workflows, and
 * finally the expiry job, which marks the expired certificate and flags the
 * one ending soon. Safe to run again.
 */
export async function seedClaims(
  container: MedusaContainer,
  log: (message: string) => void,
  claims: DemoClaims = readDemoFile<DemoClaims>("claims.json")
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
  const today = new Date(new Date().toISOString().slice(0, 10))

  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["id", "handle", "status", "products.id", "products.handle"],
    filters: {
      handle: [...new Set(claims.authorizations.map((a) => a.vendor))],
    },
  })
  const vendorOf = new Map(vendors.map((v: any) => [v.handle, v]))
  const productOwner = new Map<string, { vendor_id: string; id: string }>()
  for (const v of vendors as any[]) {
    for (const p of v.products ?? []) {
      productOwner.set(p.handle, { vendor_id: v.id, id: p.id })
    }
  }
  const brands = await origin.listBrands({
    handle: claims.authorizations.map((a) => a.brand),
  })
  const brandOf = new Map(brands.map((b) => [b.handle, b]))

  let authorizations = 0
  for (const a of claims.authorizations) {
    const vendor = vendorOf.get(a.vendor)
    const brand = brandOf.get(a.brand)
    if (!vendor || !brand) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `data/demo/claims.json: co-op "${a.vendor}" or brand "${a.brand}" is not seeded.`
      )
    }
    const [existing] = await origin.listBrandAuthorizations({
      vendor_id: vendor.id,
      brand_id: brand.id,
    })
    if (!existing) {
      const window = windowOf(a, today)
      await origin.createBrandAuthorizations({
        vendor_id: vendor.id,
        brand_id: brand.id,
        note: a.note,
        ...window,
        status: claimStatus(window, new Date()),
      })
      authorizations += 1
    }
  }

  const certIds = new Map<string, string>()
  let certificates = 0
  for (const c of claims.certifications) {
    const vendor = vendorOf.get(c.vendor)
    const product = c.product ? productOwner.get(c.product) : undefined
    const subject = product
      ? { subject_type: "product" as const, subject_id: product.id }
      : { subject_type: "vendor" as const, subject_id: vendor.id }
    const [existing] = await origin.listCertifications({
      type: c.type,
      number: c.number,
      ...subject,
    })
    if (existing) {
      certIds.set(c.key, existing.id)
      continue
    }
    // Entered as an operator would after checking the evidence, so approved.
    const created = await origin.createCertifications({
      type: c.type,
      number: c.number,
      issuer: c.issuer,
      issuer_en: c.issuer_en ?? null,
      ...subject,
      ...windowOf(c, today),
      evidence_url: c.evidence_url,
    })
    certIds.set(c.key, created.id)
    certificates += 1
  }

  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const p of claims.products) {
    const owner = productOwner.get(p.product)
    if (!owner) {
      log(`claims: product "${p.product}" has no active co-op; skipped`)
      continue
    }
    const earlier = (p.attached_before_expiry ?? []).map((key) =>
      certIds.get(key)!
    )
    if (earlier.length) {
      const { data: linked } = await query.graph({
        entity: ProductCertificationLink.entryPoint,
        fields: ["certification_id"],
        filters: { product_id: owner.id, certification_id: earlier },
      })
      const known = new Set(linked.map((l: any) => l.certification_id))
      const missing = earlier.filter((id) => !known.has(id))
      if (missing.length) {
        await link.create(
          missing.map((id) => ({
            [Modules.PRODUCT]: { product_id: owner.id },
            [ORIGIN_MODULE]: { certification_id: id },
          }))
        )
      }
    }
    if (p.brand) {
      await setProductBrandWorkflow(container).run({
        input: {
          vendor_id: owner.vendor_id,
          product_id: owner.id,
          brand_handle: p.brand,
        },
      })
    }
    if (p.certifications.length) {
      await updateProductCertificationsWorkflow(container).run({
        input: {
          vendor_id: owner.vendor_id,
          product_id: owner.id,
          add: p.certifications.map((key) => certIds.get(key)!),
          remove: [],
        },
      })
    }
  }

  for (const g of claims.grades) {
    const owner = productOwner.get(g.product)
    if (!owner) {
      continue
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { product_id: owner.id, sku: g.sku },
    })
    await declareVariantGradeWorkflow(container).run({
      input: {
        vendor_id: owner.vendor_id,
        product_id: owner.id,
        variant_id: variants[0].id,
        standard_code: g.standard,
        level_code: g.level,
        measurements: g.measurements,
      },
    })
  }

  const { result } = await expireOriginClaimsWorkflow(container).run({
    input: {},
  })
  log(
    `claims: ${authorizations} authorizations and ${certificates} certificates new, ${claims.grades.length} grades declared, ${result.expiries.length} statuses changed`
  )
}
