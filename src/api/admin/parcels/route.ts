import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminParcelFields } from "./query-config"
import type { AdminGetParcelsParamsType } from "./validators"

/**
 * Parcels for the board, filtered by status and point, most urgent first
 * (earliest deadline, then newest). Codes are never returned.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetParcelsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "parcel",
    // Fixed fields: `?fields=` must never reach code_hash or code_nonce.
    fields: adminParcelFields,
    filters: req.filterableFields,
    pagination: {
      order: { deadline_at: "ASC", created_at: "DESC" },
      ...req.queryConfig.pagination,
    },
  })
  res.json({
    parcels: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
