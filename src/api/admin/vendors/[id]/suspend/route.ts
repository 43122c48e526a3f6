import { statusActionHandler } from "../../helpers"

/** Suspend a co-op, with a reason. */
export const POST = statusActionHandler("suspend")
