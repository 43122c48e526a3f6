import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { findRegion } from "../../../modules/marketplace/utils/regions"
import type { AdminGetPickupPointsParamsType } from "./validators"
import { adminPickupPointFields } from "./query-config"

/** The district's name, for display next to its code. */
export function withDistrict<T extends { district_code: string }>(point: T) {
  const region = findRegion(point.district_code)
  return {
    ...point,
    district: region
      ? { code: region.code, name_zh: region.name, name_en: region.name_en }
      : null,
  }
}

/**
 * query.graph filters for the admin list. A zone filter becomes the ids of
 * points that have that zone, as query.graph cannot filter on a relation.
 */
export async function pickupPointListFilters(
  scope: MedusaContainer,
  params: AdminGetPickupPointsParamsType
) {
  const { zone, q, status, type, district_code } = params
  const filters: Record<string, unknown> = {}
  if (q) {
    filters.q = q
  }
  if (status) {
    filters.status = status
  }
  if (type) {
    filters.type = type
  }
  if (district_code) {
    filters.district_code = district_code
  }
  if (zone) {
    const pickup = scope.resolve<PickupModuleService>(PICKUP_MODULE)
    const zones = await pickup.listPickupZones(
      { zone },
      { select: ["point_id"] }
    )
    filters.id = [...new Set(zones.map((z) => z.point_id))]
  }
  return filters
}

/** One point as the admin API returns it. */
export async function refetchPickupPoint(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [point],
  } = await query.graph({
    entity: "pickup_point",
    fields: adminPickupPointFields,
    filters: { id },
  })
  return point ? withDistrict(point as any) : null
}
