import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { consoleCors } from "./utils/console-cors"
import { vendorsMiddlewares } from "./vendors/middlewares"

export default defineMiddlewares({
  routes: [
    { matcher: "/vendors*", middlewares: [consoleCors] },
    { matcher: "/pickup*", middlewares: [consoleCors] },
    ...adminMiddlewares,
    ...vendorsMiddlewares,
  ],
})
