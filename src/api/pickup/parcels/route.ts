import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PickupRequest } from "../auth"
import type { PickupGetParcelsParamsType } from "./validators"

/** Parcels at the staff member's points, newest first, by status. */
export async function GET(
  req: PickupRequest<unknown, PickupGetParcelsParamsType>,
  res: MedusaResponse
) {
  const { point_ids } = req.pickup_context
  const { status, point_id } = req.validatedQuery
  const wanted = point_id ? [point_id].flat() : point_ids
  const points = wanted.filter((id) => point_ids.includes(id))
  if (!points.length) {
    const { skip = 0, take = 50 } = req.queryConfig.pagination ?? {}
    return res.json({ parcels: [], count: 0, offset: skip, limit: take })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parcels, metadata } = await query.graph({
    entity: "parcel",
    fields: req.queryConfig.fields,
    filters: { point_id: points, ...(status ? { status } : {}) },
    pagination: {
      order: { created_at: "DESC" },
      ...req.queryConfig.pagination,
    },
  })
  res.json({
    parcels,
    count: metadata?.count ?? parcels.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? parcels.length,
  })
}
