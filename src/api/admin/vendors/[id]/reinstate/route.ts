import { statusActionHandler } from "../../helpers"

/** Reinstate a co-op, with a reason. */
export const POST = statusActionHandler("reinstate")
