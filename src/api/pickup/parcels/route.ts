import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PickupRequest } from "../auth"
import { parcelSearchFilter, withStaffViews } from "./staff-views"
import type { PickupGetParcelsParamsType } from "./validators"

/**
 * Parcels at the staff member's points, newest first unless `order` says
 * otherwise, by status, and by `q`: an order number, a compartment or the
 * customer's phone tail. Each carries its order's number, a masked name,
 * the phone's last four digits and the co-op's name.
 */
export async function GET(
  req: PickupRequest<unknown, PickupGetParcelsParamsType>,
  res: MedusaResponse
) {
  const { point_ids } = req.pickup_context
  const { status, point_id, q } = req.validatedQuery
  const { skip = 0, take = 50, order } = req.queryConfig.pagination ?? {}
  const wanted = point_id ? [point_id].flat() : point_ids
  const points = wanted.filter((id) => point_ids.includes(id))
  const search =
    points.length && q
      ? await parcelSearchFilter(req.scope, points, q)
      : undefined
  if (!points.length || search === null) {
    return res.json({ parcels: [], count: 0, offset: skip, limit: take })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parcels, metadata } = await query.graph({
    entity: "parcel",
    fields: req.queryConfig.fields,
    filters: {
      point_id: points,
      ...(status ? { status } : {}),
      ...(search ? { $or: search } : {}),
    },
    pagination: {
      ...req.queryConfig.pagination,
      // The framework sets `order: undefined` when none is asked for.
      order: order ?? { created_at: "DESC" },
    },
  })
  res.json({
    parcels: await withStaffViews(req.scope, parcels),
    count: metadata?.count ?? parcels.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? parcels.length,
  })
}
