import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { tiantouErrorHandler } from "./error-handler"
import { hooksMiddlewares } from "./hooks/middlewares"
import { pickupMiddlewares } from "./pickup/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { consoleCors } from "./utils/console-cors"
import { guardRequest } from "./utils/request-guard"
import { applySecurityHeaders } from "./utils/security-headers"
import { vendorsMiddlewares } from "./vendors/middlewares"

export default defineMiddlewares({
  // Medusa's handler, but a lost race for a lock is a 409 "try again".
  errorHandler: tiantouErrorHandler(),
  routes: [
    { matcher: "/*", middlewares: [applySecurityHeaders] },
    { matcher: "/vendors*", middlewares: [consoleCors] },
    { matcher: "/pickup*", middlewares: [consoleCors] },
    // NUL characters and paging bounds, for our routes and Medusa's alike.
    { matcher: "/store*", middlewares: [guardRequest] },
    { matcher: "/vendors*", middlewares: [guardRequest] },
    { matcher: "/pickup*", middlewares: [guardRequest] },
    { matcher: "/auth*", middlewares: [guardRequest] },
    { matcher: "/hooks*", middlewares: [guardRequest] },
    { matcher: "/admin*", middlewares: [guardRequest] },
    ...authMiddlewares,
    ...adminMiddlewares,
    ...storeMiddlewares,
    ...vendorsMiddlewares,
    ...hooksMiddlewares,
    ...pickupMiddlewares,
  ],
})
