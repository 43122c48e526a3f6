import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { href } from "../util/href"
import { isNotFound } from "../util/medusa-error"
import { getPickupAuthHeaders, getPickupPointChoice } from "./cookies"
import type {
  ParcelPage,
  ParcelStatus,
  PickupStaff,
  StaffParcel,
  StaffPoint,
} from "./pickup-staff-types"

/**
 * How long a parcel list may be served from Next's data cache. Entries are
 * keyed by the request's headers, so each login has its own; the console's
 * own receive and handover revalidate at once, and this bounds how late a
 * co-op's new delivery or the overdue job's change shows at the counter.
 */
export const PARCELS_REVALIDATE = 10

const status = (error: unknown) => (error as { status?: number } | null)?.status

/**
 * The signed-in staff member and their points, or null without a (valid)
 * console login. Read fresh once per request: it is the console's access
 * check, and a removed membership must take effect at once.
 */
export const retrievePickupStaff = cache(
  async (): Promise<PickupStaff | null> => {
    const headers = await getPickupAuthHeaders()
    if (!headers.authorization) {
      return null
    }
    try {
      const { staff } = await sdk.client.fetch<{ staff: PickupStaff }>(
        "/pickup/me",
        { headers, cache: "no-store" }
      )
      return staff ?? null
    } catch (error) {
      if (status(error) === 401) {
        return null
      }
      throw error
    }
  }
)

export type PickupSession = {
  staff: PickupStaff
  points: StaffPoint[]
  /** The point being worked, or null for all of the staff member's points. */
  point: StaffPoint | null
  /** The point ids the console's reads cover. */
  pointIds: string[]
}

/** The session, or a redirect to the console's sign-in page. */
export async function requirePickupSession(
  locale: string
): Promise<PickupSession> {
  const staff = await retrievePickupStaff()
  if (!staff) {
    const stale = Boolean((await getPickupAuthHeaders()).authorization)
    redirect(href(locale, `/pickup/sign-in${stale ? "?expired=1" : ""}`))
  }
  const points = staff.memberships.map((m) => m.point).filter(Boolean)
  const choice = await getPickupPointChoice()
  // One point: that one. Several: the chosen one, if still theirs; else all.
  const point =
    points.length === 1
      ? points[0]
      : (points.find((p) => p.id === choice) ?? null)
  return {
    staff,
    points,
    point,
    pointIds: point ? [point.id] : points.map((p) => p.id),
  }
}

/** Parcels at the session's points: by status, by search text, in the API's order. */
export async function listStaffParcels(
  session: PickupSession,
  params: {
    status?: ParcelStatus | ParcelStatus[]
    q?: string
    order?: string
    limit?: number
    offset?: number
  }
): Promise<ParcelPage> {
  if (!session.pointIds.length) {
    return { parcels: [], count: 0, offset: 0, limit: 0 }
  }
  const query: Record<string, string | number | string[]> = {
    point_id: session.pointIds,
    limit: params.limit ?? 50,
    offset: params.offset ?? 0,
  }
  if (params.status) {
    query.status = [params.status].flat()
  }
  if (params.q) {
    query.q = params.q
  }
  if (params.order) {
    query.order = params.order
  }
  return sdk.client.fetch<ParcelPage>("/pickup/parcels", {
    query,
    headers: await getPickupAuthHeaders(),
    next: {
      tags: session.pointIds.map(TAGS.pickupParcels),
      revalidate: PARCELS_REVALIDATE,
    },
  })
}

/** One parcel at the staff member's points, or null (not there, or not theirs). */
export async function retrieveStaffParcel(
  id: string
): Promise<StaffParcel | null> {
  try {
    const { parcel } = await sdk.client.fetch<{ parcel: StaffParcel }>(
      `/pickup/parcels/${encodeURIComponent(id)}`,
      {
        headers: await getPickupAuthHeaders(),
        // Fresh: the page acts on it (receive, hand over, attempts left).
        cache: "no-store",
      }
    )
    return parcel
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/**
 * How many parcels are on their way, waiting and overdue at the session's
 * points (the tabs' and the menu's counts); one small read per status.
 */
export async function countActiveParcels(
  session: PickupSession
): Promise<Record<string, number>> {
  const statuses: ParcelStatus[] = [
    "awaiting_arrival",
    "ready_for_pickup",
    "overdue",
  ]
  const pages = await Promise.all(
    statuses.map((status) =>
      listStaffParcels(session, { status, limit: 1 }).catch(() => null)
    )
  )
  return Object.fromEntries(
    statuses.map((status, i) => [status, pages[i]?.count ?? 0])
  )
}
