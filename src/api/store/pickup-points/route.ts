import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { arrivalDay, toStorePoint } from "./helpers"
import type { StoreGetPickupPointsParamsType } from "./validators"

/**
 * Active pickup points within `radius_km`, nearest first, with each zone's
 * free compartments on the arrival day. Computed in PostgreSQL
 * (earthdistance + a GiST index).
 */
export async function GET(
  req: MedusaRequest<unknown, StoreGetPickupPointsParamsType>,
  res: MedusaResponse
) {
  const pickup = req.scope.resolve<PickupModuleService>(PICKUP_MODULE)
  const q = req.validatedQuery
  const date = arrivalDay(q.date)
  const points = await pickup.listNearestPoints({
    lat: q.lat,
    lng: q.lng,
    radius_km: q.radius_km,
    zone: q.zone,
    district_code: q.district_code,
    limit: q.limit,
    date,
  })
  // listNearestPoints already counted free compartments for `date`.
  const free = new Map(
    points.flatMap((p) => p.zones.map((z) => [`${p.id}:${z.zone}`, z.free]))
  )
  res.json({
    pickup_points: points.map((p) =>
      toStorePoint(p, (id, zone) => free.get(`${id}:${zone}`) ?? 0, q.zone)
    ),
    arrival_date: date,
    count: points.length,
  })
}
