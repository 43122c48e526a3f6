import { statusActionHandler } from "../../helpers"

/** Reject a co-op, with a reason. */
export const POST = statusActionHandler("reject")
