import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

export type VendorRole = "owner" | "manager" | "staff"

export type VendorContext = {
  vendor_id: string
  vendor_status: string
  member_id: string
  role: VendorRole
}

export type VendorRequest<
  Body = unknown,
  Query = Record<string, unknown>,
> = AuthenticatedMedusaRequest<Body, Query> & { vendor_context: VendorContext }

/**
 * Resolves the signed-in co-op member (the `vendor` actor) to their co-op.
 * Every /vendors route after registration runs behind this, so handlers and
 * workflows scope by `req.vendor_context.vendor_id` and never trust ids from
 * the request for ownership.
 */
export async function loadVendorContext(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This login is not a member of any co-op yet. Register the co-op with POST /vendors, or accept an invitation."
    )
  }
  const marketplace =
    req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const member = await marketplace.retrieveActiveMemberContext(memberId)
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      `Co-op member "${memberId}" no longer exists or has not accepted the invitation.`
    )
  }
  ;(req as VendorRequest).vendor_context = {
    vendor_id: member.vendor_id,
    vendor_status: member.vendor_status,
    member_id: member.member_id,
    role: member.role,
  }
  next()
}

/**
 * Lets only the given member roles through; others get a 403 that names the
 * role and the action.
 */
export function requireVendorRole(roles: VendorRole[], action: string) {
  return (
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const context = (req as VendorRequest).vendor_context
    if (!context || !roles.includes(context.role)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Co-op members with the role "${context?.role ?? "none"}" cannot ${action}; it needs ${roles.join(" or ")}.`
      )
    }
    next()
  }
}
