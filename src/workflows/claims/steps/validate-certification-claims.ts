import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { refuse, type Refusal } from "../../../utils/refusal"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import ProductCertificationLink from "../../../links/product-certification"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"
import {
  certificationClaimRefusal,
  type CertificationRef,
  isOwnCertificate,
} from "../utils/claim-rules"
import { vendorProductIdsOf } from "../utils/vendor-products"

export type ValidateCertificationClaimsStepInput = {
  vendor_id: string
  product_id: string
  add: string[]
  remove: string[]
}

type LinkPair = {
  [Modules.PRODUCT]: { product_id: string }
  origin: { certification_id: string }
}

export const validateCertificationClaimsStepId = "validate-certification-claims"

/**
 * This step checks that every certificate is the co-op's own (another
 * co-op's is not found) and that those to attach are valid now, and returns
 * the links to create and to dismiss.
 */
export const validateCertificationClaimsStep = createStep(
  validateCertificationClaimsStepId,
  async (input: ValidateCertificationClaimsStepInput, { container }) => {
    const ids = [...new Set([...input.add, ...input.remove])]
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const certs = ids.length ? await origin.listCertifications({ id: ids }) : []
    const ownProducts = await vendorProductIdsOf(query, input.vendor_id)
    const byId = new Map(certs.map((c) => [c.id, c]))
    for (const id of ids) {
      const cert = byId.get(id)
      if (!cert || !isOwnCertificate(cert, input.vendor_id, ownProducts)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Certification "${id}" was not found.`
        )
      }
    }
    const now = new Date()
    const refusals = input.add
      .map((id) =>
        certificationClaimRefusal(
          byId.get(id) as unknown as CertificationRef,
          input.product_id,
          now
        )
      )
      .filter((r): r is Refusal => !!r)
    if (refusals.length) {
      throw refuse(refusals)
    }
    const { data: links } = await query.graph({
      entity: ProductCertificationLink.entryPoint,
      fields: ["certification_id"],
      filters: { product_id: input.product_id },
    })
    const linked = new Set(
      links.map((l: { certification_id: string }) => l.certification_id)
    )
    const pair = (id: string): LinkPair => ({
      [Modules.PRODUCT]: { product_id: input.product_id },
      [ORIGIN_MODULE]: { certification_id: id },
    })
    return new StepResponse({
      to_add: [...new Set(input.add)].filter((id) => !linked.has(id)).map(pair),
      to_remove: [...new Set(input.remove)]
        .filter((id) => linked.has(id))
        .map(pair),
    })
  }
)
