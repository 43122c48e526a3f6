import type { MiddlewareRoute } from "@medusajs/framework/http"

// /vendors/members: invite, change role, remove; /vendors/invites/accept.
export const vendorMembersMiddlewares: MiddlewareRoute[] = []
