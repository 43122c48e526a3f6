import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { changeVendorStatusWorkflow } from "../../../workflows/marketplace"
import type { VendorStatusAction } from "../../../workflows/marketplace/utils/vendor-status"
import { countProductsByStatus, vendorRegion } from "../../utils/vendor-views"
import { adminBrandAuthorizationFields } from "../brand-authorizations/query-config"
import { adminCertificationFields } from "../certifications/query-config"
import { adminVendorFields } from "./query-config"
import type { AdminVendorStatusActionType } from "./validators"

/**
 * One co-op as its admin page shows it: its own fields with the region's
 * names, members, status history (with the operator's email), stock
 * location, shipping profile, product counts, and, from the origin module,
 * its own certificates and brand authorizations. 404 when it is missing.
 */
export async function fetchAdminVendorDetail(
  scope: MedusaContainer,
  id: string,
  fields: string[] = adminVendorFields
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: [...fields, "products.id", "products.status"],
    filters: { id },
  })
  if (!vendor) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Co-op "${id}" was not found.`
    )
  }
  const [certifications, authorizations] = await Promise.all([
    query.graph({
      entity: "certification",
      fields: adminCertificationFields,
      filters: { subject_type: "vendor", subject_id: id },
      pagination: { order: { valid_to: "DESC" } },
    }),
    query.graph({
      entity: "brand_authorization",
      fields: adminBrandAuthorizationFields,
      filters: { vendor_id: id },
      pagination: { order: { valid_to: "DESC" } },
    }),
  ])
  const { products, ...rest } = vendor
  return {
    ...rest,
    status_changes: await withOperatorEmails(scope, vendor.status_changes),
    region: vendorRegion(vendor.region_code),
    product_counts: countProductsByStatus(products),
    certifications: certifications.data,
    brand_authorizations: authorizations.data,
  }
}

type StatusChange = { changed_by?: string | null } | null

/** Names the operator behind each status change by the admin user's email. */
async function withOperatorEmails<T extends StatusChange>(
  scope: MedusaContainer,
  changes: T[] | null | undefined
) {
  const list = (changes ?? []).filter((c): c is NonNullable<T> => !!c)
  const ids = [
    ...new Set(list.map((c) => c.changed_by).filter((v): v is string => !!v)),
  ].filter((v) => v.startsWith("user_"))
  const users = ids.length
    ? await scope
        .resolve(Modules.USER)
        .listUsers({ id: ids }, { select: ["id", "email"] })
    : []
  const emails = new Map(users.map((u) => [u.id, u.email]))
  return list.map((c) => ({
    ...c,
    changed_by_email: (c.changed_by && emails.get(c.changed_by)) ?? null,
  }))
}

/** A route handler that applies one platform decision to a co-op. */
export function statusActionHandler(action: VendorStatusAction) {
  return async (
    req: AuthenticatedMedusaRequest<AdminVendorStatusActionType>,
    res: MedusaResponse
  ) => {
    await changeVendorStatusWorkflow(req.scope).run({
      input: {
        vendor_id: req.params.id,
        action,
        reason: req.validatedBody.reason,
        actor_id: req.auth_context.actor_id,
      },
    })
    res.json({ vendor: await fetchAdminVendorDetail(req.scope, req.params.id) })
  }
}
