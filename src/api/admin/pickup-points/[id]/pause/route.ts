import { pickupPointStatusHandler } from "../status-action"

/** Pauses a point: checkout stops offering it; its parcels stay. */
export const POST = pickupPointStatusHandler("paused")
