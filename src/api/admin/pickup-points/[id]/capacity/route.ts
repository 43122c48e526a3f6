import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../../../../modules/pickup"
import type PickupModuleService from "../../../../../modules/pickup/service"
import { shanghaiDate } from "../../../../../modules/pickup/utils/geo"
import type { AdminGetPickupPointCapacityParamsType } from "../../validators"

/**
 * Per zone and day: daily compartments, active reservations and what is
 * free, from `from` (default today, Asia/Shanghai) for `days` days.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetPickupPointCapacityParamsType
  >,
  res: MedusaResponse
) {
  const pickup = req.scope.resolve<PickupModuleService>(PICKUP_MODULE)
  const id = req.params.id
  const [point] = await pickup.listPickupPoints(
    { id },
    { select: ["id"], relations: ["zones"] }
  )
  if (!point) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Pickup point "${id}" was not found.`
    )
  }
  const { from, days } = req.validatedQuery
  const start = new Date(`${from ?? shanghaiDate(new Date())}T00:00:00Z`)
  const dates = Array.from({ length: days }, (_, i) =>
    new Date(start.getTime() + i * 86400_000).toISOString().slice(0, 10)
  )
  const reservations = await pickup.listPickupReservations(
    { point_id: id, status: "active", arrival_date: dates },
    { select: ["zone", "arrival_date"] }
  )
  const used = new Map<string, number>()
  for (const r of reservations) {
    const key = `${r.zone}:${r.arrival_date}`
    used.set(key, (used.get(key) ?? 0) + 1)
  }
  res.json({
    point_id: id,
    capacity: point.zones.map((z) => ({
      zone: z.zone,
      compartments: z.compartments,
      days: dates.map((date) => {
        const reserved = used.get(`${z.zone}:${date}`) ?? 0
        return {
          date,
          reserved,
          free: Math.max(0, z.compartments - reserved),
        }
      }),
    })),
  })
}
