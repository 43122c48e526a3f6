import "server-only"
import { sdk } from "../config"
import { TAGS } from "../constants"
import type { PickupPoint } from "../../types/catalogue"

/** Jiefangbei, the centre of 渝中区: where "nearest" starts without a location. */
export const DEFAULT_ORIGIN = { lat: 29.5577, lng: 106.5774 }

/**
 * Pickup points nearest first (GET /store/pickup-points). Answers [] while
 * the backend has no pickup points, so checkout falls back to delivery.
 */
export async function listPickupPoints(params: {
  lat: number
  lng: number
  zone?: string
  district?: string
}): Promise<PickupPoint[]> {
  return (await findPickupPoints(params)).pickup_points
}

/** The points nearest first, with the day a parcel ordered now would arrive. */
export async function findPickupPoints(params: {
  lat: number
  lng: number
  zone?: string
  district?: string
}): Promise<{ pickup_points: PickupPoint[]; arrival_date: string | null }> {
  try {
    const query: Record<string, string> = {
      lat: String(params.lat),
      lng: String(params.lng),
      limit: "8",
    }
    if (params.zone) {
      query.zone = params.zone
    }
    if (params.district) {
      query.district_code = params.district
    }
    const body = await sdk.client.fetch<{
      pickup_points: PickupPoint[]
      arrival_date?: string
    }>("/store/pickup-points", {
      query,
      next: { tags: [TAGS.pickupPoints], revalidate: 30 },
    })
    return {
      pickup_points: body.pickup_points ?? [],
      arrival_date: body.arrival_date ?? null,
    }
  } catch {
    return { pickup_points: [], arrival_date: null }
  }
}
