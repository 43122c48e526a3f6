import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import ProductBrandLink from "../../../links/product-brand"
import ProductCertificationLink from "../../../links/product-certification"
import VendorProductLink from "../../../links/vendor-product"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import {
  type ClaimStatus,
  EXPIRY_WARNING_DAYS,
  statusTransitions,
} from "../utils/claim-rules"

export type FindClaimExpiriesStepInput = {
  /** ISO time to judge validity at; now when omitted (tests pass one). */
  at?: string
}

export type ClaimExpiry = {
  kind: "certification" | "brand_authorization"
  id: string
  vendor_id: string | null
  from: ClaimStatus
  to: ClaimStatus
  notify: boolean
  valid_to: string
  /** 绿色食品 LB-…, or the brand's name, for the notice. */
  label: string
}

type Candidate = {
  id: string
  status: ClaimStatus
  valid_from: Date
  valid_to: Date
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Rows whose status may change at `at`: near or past their end, or renewed. */
async function candidates<T extends Candidate>(
  list: (filters: Record<string, unknown>) => Promise<T[]>,
  at: Date
): Promise<T[]> {
  const horizon = new Date(at.getTime() + EXPIRY_WARNING_DAYS * DAY_MS)
  const [ending, renewed] = await Promise.all([
    list({ status: ["valid", "expiring"], valid_to: { $lte: horizon } }),
    list({ status: ["expiring", "expired"], valid_to: { $gt: at } }),
  ])
  const byId = new Map([...ending, ...renewed].map((r) => [r.id, r]))
  return [...byId.values()]
}

export const findClaimExpiriesStepId = "find-claim-expiries"

/**
 * This step finds the certificates and brand authorizations whose status
 * (valid, expiring, expired) no longer matches their window, with the
 * co-op to tell and the products whose claims change. It changes nothing.
 */
export const findClaimExpiriesStep = createStep(
  findClaimExpiriesStepId,
  async (input: FindClaimExpiriesStepInput, { container }) => {
    const at = input.at ? new Date(input.at) : new Date()
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const certs = await candidates(
      (f) => origin.listCertifications(f) as Promise<any[]>,
      at
    )
    const auths = await candidates(
      (f) =>
        origin.listBrandAuthorizations(f, {
          relations: ["brand"],
        }) as Promise<any[]>,
      at
    )
    const certMoves = statusTransitions(certs, at)
    const authMoves = statusTransitions(auths, at)
    const certById = new Map(certs.map((c: any) => [c.id, c]))
    const authById = new Map(auths.map((a: any) => [a.id, a]))

    const movedCerts = certMoves.map((m) => certById.get(m.id))
    const productSubjects = movedCerts
      .filter((c) => c.subject_type === "product")
      .map((c) => c.subject_id as string)
    const { data: owners } = productSubjects.length
      ? await query.graph({
          entity: VendorProductLink.entryPoint,
          fields: ["product_id", "vendor_id"],
          filters: { product_id: productSubjects },
        })
      : { data: [] }
    const ownerOf = new Map(
      owners.map((o: any) => [o.product_id as string, o.vendor_id as string])
    )

    const expiries: ClaimExpiry[] = [
      ...certMoves.map((m) => {
        const c = certById.get(m.id)
        return {
          kind: "certification" as const,
          ...m,
          vendor_id:
            c.subject_type === "vendor"
              ? c.subject_id
              : (ownerOf.get(c.subject_id) ?? null),
          valid_to: new Date(c.valid_to).toISOString(),
          label: `${c.type} ${c.number}`,
        }
      }),
      ...authMoves.map((m) => {
        const a = authById.get(m.id)
        return {
          kind: "brand_authorization" as const,
          ...m,
          vendor_id: a.vendor_id,
          valid_to: new Date(a.valid_to).toISOString(),
          label: `${a.brand?.name_zh ?? ""} (${a.brand?.handle ?? a.brand_id})`,
        }
      }),
    ]

    const productIds = new Set<string>(productSubjects)
    if (certMoves.length) {
      const { data: links } = await query.graph({
        entity: ProductCertificationLink.entryPoint,
        fields: ["product_id"],
        filters: { certification_id: certMoves.map((m) => m.id) },
      })
      links.forEach((l: any) => productIds.add(l.product_id))
    }
    for (const m of authMoves) {
      const a = authById.get(m.id)
      const { data: branded } = await query.graph({
        entity: ProductBrandLink.entryPoint,
        fields: ["product_id"],
        filters: { brand_id: a.brand_id },
      })
      const { data: own } = branded.length
        ? await query.graph({
            entity: VendorProductLink.entryPoint,
            fields: ["product_id"],
            filters: {
              vendor_id: a.vendor_id,
              product_id: branded.map((b: any) => b.product_id),
            },
          })
        : { data: [] }
      own.forEach((l: any) => productIds.add(l.product_id))
    }

    return new StepResponse({
      at: at.toISOString(),
      expiries,
      product_ids: [...productIds],
      certification_ids: certMoves.map((m) => m.id),
      brand_ids: [
        ...new Set(authMoves.map((m) => authById.get(m.id).brand_id)),
      ] as string[],
    })
  }
)
