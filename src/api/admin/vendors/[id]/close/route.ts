import { statusActionHandler } from "../../helpers"

/** Close a co-op, with a reason. */
export const POST = statusActionHandler("close")
