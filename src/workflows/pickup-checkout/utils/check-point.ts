import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupZoneName } from "../../../modules/pickup-fulfillment/utils/data"
import { LOCKER_CONSENT_RULE, ZONE_LABELS } from "./rules"

export type PointRequest = {
  point_id: string
  zone: PickupZoneName
  arrival_date: string
  /** Checked only when given; order placement relies on the earlier check. */
  locker_consent?: boolean | null
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

type CheckedPoint = {
  id: string
  name_zh: string
  name_en: string
  type: string
}

/** How a point is named in a refusal: both names. */
function pointName(point: { name_zh: string; name_en: string }) {
  return `${point.name_zh} / ${point.name_en}`
}

/**
 * Throws a 400 naming `data.pickup_point_id` (or `data.locker_consent`) and
 * the rule when the point cannot take a parcel of `zone` at all: unknown,
 * paused, without that zone, or a locker without the customer's consent.
 * Room on the day is `assertPointHasRoom`'s concern.
 */
export async function assertPointAccepts(
  container: MedusaContainer,
  request: PointRequest
): Promise<CheckedPoint> {
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const [point] = await pickup.listPickupPoints(
    { id: request.point_id },
    { relations: ["zones"] }
  )
  const field = "data.pickup_point_id"
  if (!point) {
    invalid(
      `${field} "${request.point_id}" is not a pickup point: 自提点不存在 / no such point.`
    )
  }
  const name = pointName(point)
  if (point.status !== "active") {
    invalid(
      `${field}: ${name} 暂停服务，请选择其他自提点 / is paused and takes no parcels; choose another point.`
    )
  }
  const zone = (point.zones ?? []).find(
    (z: any) => z.zone === request.zone && Number(z.compartments) > 0
  )
  if (!zone) {
    invalid(
      `${field}: ${name} 没有${ZONE_LABELS[request.zone]}格口，无法存放这些商品 / has no ${request.zone} compartment, and these items need ${request.zone} storage; choose a point with one (GET /store/pickup-points?zone=${request.zone}).`
    )
  }
  if (
    point.type === "locker" &&
    request.locker_consent !== undefined &&
    request.locker_consent !== true
  ) {
    invalid(
      `data.locker_consent must be true to deliver to the locker ${name}: ${LOCKER_CONSENT_RULE}.`
    )
  }
  return point
}

/**
 * Throws the 400 "has no free … compartment" when `point` has fewer than
 * `needed` free compartments of `zone` on `arrival_date`.
 */
export async function assertPointHasRoom(
  container: MedusaContainer,
  point: CheckedPoint,
  request: { zone: PickupZoneName; arrival_date: string; needed?: number }
) {
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const free = await pickup.availableCapacity({
    point_ids: [point.id],
    zone: request.zone,
    arrival_date: request.arrival_date,
  })
  if ((free[point.id] ?? 0) < (request.needed ?? 1)) {
    invalid(
      `data.pickup_point_id: ${pointName(point)} 在 ${request.arrival_date} 的${ZONE_LABELS[request.zone]}格口已满 / has no free ${request.zone} compartment on ${request.arrival_date}, the expected arrival day; choose another point.`
    )
  }
}

/**
 * Throws a 400 naming `data.pickup_point_id` (or `data.locker_consent`) and
 * the rule when the point cannot take a parcel of `zone` on `arrival_date`:
 * unknown, paused, without that zone, full that day, or a locker without
 * the customer's consent.
 */
export async function assertPointCanTake(
  container: MedusaContainer,
  request: PointRequest
) {
  const point = await assertPointAccepts(container, request)
  await assertPointHasRoom(container, point, request)
  return point
}
