import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { withStaffViews } from "./staff-views"

/**
 * One parcel at one of the staff member's points, with the staff fields
 * and its order and co-op as staff see them; a parcel elsewhere is not found.
 */
export async function retrievePickupParcel(
  scope: MedusaContainer,
  pointIds: string[],
  parcelId: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [parcel],
  } = pointIds.length
    ? await query.graph({
        entity: "parcel",
        fields,
        filters: { id: parcelId, point_id: pointIds },
      })
    : { data: [] }
  if (!parcel) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Parcel "${parcelId}" was not found.`
    )
  }
  const [view] = await withStaffViews(scope, [byEventTime(parcel)])
  return view
}

/** The parcel with its history, if read, oldest first. */
export function byEventTime<T extends { events?: unknown }>(parcel: T): T {
  const events = parcel.events as { created_at: string | Date }[] | undefined
  if (!Array.isArray(events)) {
    return parcel
  }
  return {
    ...parcel,
    events: [...events].sort(
      (a, b) =>
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
    ),
  }
}
