import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { declareVendorCertificationWorkflow } from "../../../workflows/claims"
import { vendorProductIdsOf } from "../../../workflows/claims/utils/vendor-products"
import type { VendorRequest } from "../../utils/vendor-context"
import { vendorCertificationFields } from "./query-config"
import type {
  VendorCreateCertificationType,
  VendorGetCertificationsParamsType,
} from "./validators"

/** The co-op's certificates: its own and its products'. */
export async function GET(
  req: VendorRequest<unknown, VendorGetCertificationsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorId = req.vendor_context.vendor_id
  const productIds = await vendorProductIdsOf(query, vendorId)
  const { type, status } = req.validatedQuery
  const { data: certifications, metadata } = await query.graph({
    entity: "certification",
    fields: req.queryConfig.fields,
    filters: {
      $or: [
        { subject_type: "vendor", subject_id: vendorId },
        ...(productIds.length
          ? [{ subject_type: "product", subject_id: productIds }]
          : []),
      ],
      ...(type ? { type } : {}),
      ...(status ? { status } : {}),
    } as Record<string, unknown>,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    certifications,
    count: metadata?.count ?? certifications.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? certifications.length,
  })
}

/**
 * Declares a certificate the co-op holds. It is stored at once, pending the
 * platform's review; the store shows it once approved.
 */
export async function POST(
  req: VendorRequest<VendorCreateCertificationType>,
  res: MedusaResponse
) {
  const { result } = await declareVendorCertificationWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor_id,
      member_id: req.vendor_context.member_id,
      certification: {
        ...req.validatedBody,
        type: req.validatedBody.type as never,
      },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [certification],
  } = await query.graph({
    entity: "certification",
    fields: vendorCertificationFields,
    filters: { id: result.id },
  })
  res.status(201).json({ certification })
}
