import { defineMiddlewares } from "@medusajs/framework/http"
import { consoleCors } from "./utils/console-cors"

export default defineMiddlewares({
  routes: [
    { matcher: "/vendors*", middlewares: [consoleCors] },
    { matcher: "/pickup*", middlewares: [consoleCors] },
  ],
})
