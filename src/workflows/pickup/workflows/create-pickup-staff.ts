import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createPickupStaffStep,
  type PickupStaffRole,
} from "../steps/create-pickup-staff"
import { ensurePickupStaffLoginStep } from "../steps/ensure-pickup-staff-login"
import { validatePickupStaffStep } from "../steps/validate-pickup-staff"

export type CreatePickupStaffWorkflowInput = {
  email: string
  name: string
  phone?: string | null
  /** Needed only when the email has no login yet. */
  password?: string
  memberships?: { point_id: string; role?: PickupStaffRole }[]
}

export const createPickupStaffWorkflowId = "create-pickup-staff"

/**
 * This workflow creates a pickup-point staff member with their points and
 * binds their emailpass login to the `pickup` actor (the login's
 * `app_metadata.pickup_id` holds the staff id).
 *
 * @example
 * const { result } = await createPickupStaffWorkflow(container).run({
 *   input: {
 *     email: "staff@jiefangbei.tiantou.example",
 *     name: "陈静",
 *     password: "tiantou-pickup-2026",
 *     memberships: [{ point_id: "pkpt_123", role: "manager" }],
 *   },
 * })
 */
export const createPickupStaffWorkflow = createWorkflow(
  createPickupStaffWorkflowId,
  (input: CreatePickupStaffWorkflowInput) => {
    const validation = transform({ input }, ({ input }) => ({
      email: input.email,
      point_ids: (input.memberships ?? []).map((m) => m.point_id),
    }))
    validatePickupStaffStep(validation)

    const login = ensurePickupStaffLoginStep({
      email: input.email,
      password: input.password,
    })
    const staffInput = transform({ input }, ({ input }) => ({
      email: input.email,
      name: input.name,
      phone: input.phone ?? null,
      memberships: input.memberships ?? [],
    }))
    const staff = createPickupStaffStep(staffInput)

    setAuthAppMetadataStep({
      authIdentityId: login.auth_identity_id,
      actorType: "pickup",
      value: staff.id,
    })

    return new WorkflowResponse(staff)
  }
)
