import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminVendorsMiddlewares } from "./vendors/middlewares"

export const adminMiddlewares: MiddlewareRoute[] = [...adminVendorsMiddlewares]
