import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import {
  createVendorStep,
  type CreateVendorStepInput,
} from "../steps/create-vendor"
import { generateVendorHandleStep } from "../steps/generate-vendor-handle"
import { validateVendorRegistrationStep } from "../steps/validate-vendor-registration"

export type CreateVendorWorkflowInput = {
  auth_identity_id: string
  /** A co-op that leaves `handle` out (or blank) gets one from its name. */
  vendor: Omit<CreateVendorStepInput["vendor"], "handle"> & {
    handle?: string | null
  }
  owner: CreateVendorStepInput["owner"]
}

export const createVendorWorkflowId = "create-vendor"

/**
 * This workflow registers a co-op: it gives it a pinyin handle from its
 * name when it left the handle empty, validates the qualifications, creates
 * the co-op in `pending_review` with its owner, and binds the owner's login
 * to the `vendor` actor.
 *
 * @example
 * const { result } = await createVendorWorkflow(container).run({
 *   input: {
 *     auth_identity_id: "authid_123",
 *     // No handle: the co-op gets "fengjie-qicheng" (or "fengjie-qicheng-2", …).
 *     vendor: { name: "奉节县脐橙专业合作社", kind: "cooperative",
 *       credit_code: "93500236MA5U8XXXXX", region_code: "500236", contact: { phone: "023-5555" } },
 *     owner: { email: "owner@coop.example", name: "王建国" },
 *   },
 * })
 */
export const createVendorWorkflow = createWorkflow(
  createVendorWorkflowId,
  (input: CreateVendorWorkflowInput) => {
    const handle = generateVendorHandleStep({
      name: input.vendor.name,
      handle: input.vendor.handle,
    })
    const vendor = transform({ input, handle }, ({ input, handle }) => ({
      ...input.vendor,
      handle,
    }))
    const validation = transform({ input, handle }, ({ input, handle }) => ({
      handle,
      credit_code: input.vendor.credit_code,
      region_code: input.vendor.region_code,
      member_email: input.owner.email,
    }))
    validateVendorRegistrationStep(validation)

    const created = createVendorStep({
      vendor,
      owner: input.owner,
    })

    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "vendor",
      value: created.owner.id,
    })

    emitEventStep({
      eventName: "vendor.registered",
      data: { id: created.vendor.id },
    })

    return new WorkflowResponse(created)
  }
)
