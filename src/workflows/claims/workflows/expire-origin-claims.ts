import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  sendNotificationsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CatalogueEvents } from "../../catalogue/events"
import {
  findClaimExpiriesStep,
  type FindClaimExpiriesStepInput,
} from "../steps/find-claim-expiries"
import { updateClaimStatusesStep } from "../steps/update-claim-statuses"
import { expiryNotices, type NoticeVendor } from "../utils/expiry-notices"

export type ExpireOriginClaimsWorkflowInput = FindClaimExpiriesStepInput

export const expireOriginClaimsWorkflowId = "expire-origin-claims"

/**
 * This workflow brings certificates' and brand authorizations' status in
 * line with their windows (expired ones drop off the store, those ending
 * within 30 days are flagged), tells each co-op once per change through the
 * Notification Module, and asks the catalogue to refresh the products.
 * Idempotent: a second run at the same time finds nothing to change.
 *
 * @example
 * const { result } = await expireOriginClaimsWorkflow(container).run({ input: {} })
 */
export const expireOriginClaimsWorkflow = createWorkflow(
  expireOriginClaimsWorkflowId,
  (input: ExpireOriginClaimsWorkflowInput) => {
    const found = findClaimExpiriesStep(input)

    const vendorIds = transform({ found }, ({ found }) => [
      ...new Set(
        found.expiries
          .map((e) => e.vendor_id)
          .filter((id): id is string => !!id)
      ),
    ])
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: [
        "id",
        "name",
        "contact",
        "members.email",
        "members.role",
        "members.status",
      ],
      filters: { id: vendorIds },
    }).config({ name: "query-notified-vendors" })

    const updates = transform({ found }, ({ found }) => {
      const notifiedAt = new Date(found.at)
      const of = (kind: string) =>
        found.expiries
          .filter((e) => e.kind === kind)
          .map((e) => ({
            id: e.id,
            status: e.to,
            ...(e.notify ? { expiry_notified_at: notifiedAt } : {}),
          }))
      return {
        certifications: of("certification"),
        brand_authorizations: of("brand_authorization"),
      }
    })
    updateClaimStatusesStep(updates)

    const notices = transform({ found, vendors }, ({ found, vendors }) =>
      // Query types contact as untyped JSON; the notice reads contact.email.
      expiryNotices(found.expiries, vendors as unknown as NoticeVendor[])
    )
    when(
      "send-expiry-notices",
      { notices },
      ({ notices }) => !!notices.length
    ).then(() => {
      sendNotificationsStep(notices)
    })

    when(
      "refresh-expired-claims",
      { found },
      ({ found }) => found.expiries.length > 0
    ).then(() => {
      const event = transform({ found }, ({ found }) => ({
        eventName: CatalogueEvents.PRODUCTS_CHANGED,
        data: {
          product_ids: found.product_ids,
          certification_ids: found.certification_ids,
          brand_ids: found.brand_ids,
        },
      }))
      emitEventStep(event)
    })

    const summary = transform({ found, notices }, ({ found, notices }) => ({
      expiries: found.expiries,
      product_ids: found.product_ids,
      notifications: notices.length,
    }))
    return new WorkflowResponse(summary)
  }
)
