import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { arrivalDay, distanceFrom, freeByZone, toStorePoint } from "../helpers"
import type { StoreGetPickupPointParamsType } from "../validators"

/**
 * One active pickup point with its zones' free compartments on the arrival
 * day, and its distance when `lat`/`lng` are given. Paused points are 404.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreGetPickupPointParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [point],
  } = await query.graph({
    entity: "pickup_point",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, status: "active" },
  })
  if (!point) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Pickup point "${req.params.id}" was not found.`
    )
  }
  const date = arrivalDay(req.validatedQuery.date)
  const free = await freeByZone(req.scope, [point.id], date)
  res.json({
    pickup_point: toStorePoint(
      {
        ...(point as any),
        distance_m: distanceFrom(point as any, req.validatedQuery),
      },
      free,
      undefined
    ),
    arrival_date: date,
  })
}
