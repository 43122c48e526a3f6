import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { pickupMiddlewares } from "./pickup/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { consoleCors } from "./utils/console-cors"
import { vendorsMiddlewares } from "./vendors/middlewares"

export default defineMiddlewares({
  routes: [
    { matcher: "/vendors*", middlewares: [consoleCors] },
    { matcher: "/pickup*", middlewares: [consoleCors] },
    ...adminMiddlewares,
    ...storeMiddlewares,
    ...vendorsMiddlewares,
    ...hooksMiddlewares,
    ...pickupMiddlewares,
  ],
})
