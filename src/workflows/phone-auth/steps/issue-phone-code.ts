import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  maskPhone,
  newPhoneCode,
  phoneCodeSecret,
  phoneCodeState,
  PHONE_CODE_TTL_MS,
} from "../../../modules/auth-phone/utils/phone-code"
import {
  PHONE_AUTH_PROVIDER,
  PHONE_CODE_TEMPLATE,
  SMS_CHANNEL,
} from "../events"

export type IssuePhoneCodeStepInput = {
  /** E.164, already normalised. */
  phone: string
}

type Undo =
  | { created_auth_identity_id: string }
  | {
      provider_identity_id: string
      provider_metadata: Record<string, unknown>
    }

export const issuePhoneCodeStepId = "issue-phone-code"

/**
 * This step gives a phone a new six-digit sign-in code and texts it
 * through the Notification Module (`sms` channel, template
 * `auth-phone-code`). Only the code's keyed hash is stored, on the phone's
 * auth identity, which is created on a first send; a code sent before
 * stops working. The code never leaves the step except in the SMS, so the
 * step's output does not carry it. If the SMS cannot be sent, the previous
 * state is put back and the step fails.
 */
export const issuePhoneCodeStep = createStep(
  issuePhoneCodeStepId,
  async (input: IssuePhoneCodeStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const code = newPhoneCode()
    const now = Date.now()
    const state = phoneCodeState({
      secret: phoneCodeSecret(),
      phone: input.phone,
      code,
      now,
    })
    const [existing] = await auth.listProviderIdentities({
      provider: PHONE_AUTH_PROVIDER,
      entity_id: input.phone,
    })
    let undo: Undo
    if (existing) {
      undo = {
        provider_identity_id: existing.id,
        provider_metadata: existing.provider_metadata ?? {},
      }
      await auth.updateProviderIdentities([
        {
          id: existing.id,
          provider_metadata: { ...existing.provider_metadata, ...state },
        },
      ])
    } else {
      const created = await auth.createAuthIdentities({
        provider_identities: [
          {
            provider: PHONE_AUTH_PROVIDER,
            entity_id: input.phone,
            provider_metadata: state,
          },
        ],
      })
      undo = { created_auth_identity_id: created.id }
    }

    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: input.phone,
        channel: SMS_CHANNEL,
        template: PHONE_CODE_TEMPLATE,
        data: { code, expires_in_minutes: PHONE_CODE_TTL_MS / 60_000 },
      })
    } catch (e) {
      await undoIssue(container, undo)
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Phone sign-in: could not text a code to ${maskPhone(input.phone)}: ${(e as Error).message}`
        )
      throw e
    }
    return new StepResponse({ expires_at: state.expires_at }, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoIssue(container, undo)
  }
)

async function undoIssue(container: MedusaContainer, undo: Undo) {
  const auth = container.resolve(Modules.AUTH)
  if ("created_auth_identity_id" in undo) {
    await auth.deleteAuthIdentities([undo.created_auth_identity_id])
    return
  }
  await auth.updateProviderIdentities([
    {
      id: undo.provider_identity_id,
      provider_metadata: undo.provider_metadata,
    },
  ])
}
