import { pickupPointStatusHandler } from "../status-action"

/** Re-activates a paused point. */
export const POST = pickupPointStatusHandler("active")
