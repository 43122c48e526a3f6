import { statusActionHandler } from "../../helpers"

/** Approve a co-op, with a reason. */
export const POST = statusActionHandler("approve")
