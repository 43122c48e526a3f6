import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { metadataRestorePatch } from "../utils/metadata"
import {
  EMAIL_VERIFICATION_TEMPLATE,
  EMAIL_VERIFICATION_TTL_HOURS,
  emailVerificationUrl,
  newEmailVerification,
} from "../utils/email-verification"

export type IssueEmailVerificationStepInput = {
  customer_id: string
  email: string
}

export const issueEmailVerificationStepId = "issue-email-verification"

function storefrontUrl(container: MedusaContainer): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return (
    config.admin?.storefrontUrl ||
    process.env.STOREFRONT_URL ||
    "http://localhost:8000"
  )
}

/**
 * This step gives a customer a one-time email-verification token and
 * emails its link through the Notification Module (template
 * `customer-email-verification`). Only the token's SHA-256 is stored, in
 * `metadata.email_verification`, for 24 hours; a link sent before stops
 * working. The token leaves only in the email, never in the step's output.
 * If the email cannot be sent, the previous metadata is put back.
 */
export const issueEmailVerificationStep = createStep(
  issueEmailVerificationStepId,
  async (input: IssueEmailVerificationStepInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, {
      select: ["id", "metadata", "first_name"],
    })
    const previous = (customer.metadata ?? {}) as Record<string, unknown>
    const { token, pending } = newEmailVerification(input.email)
    await customers.updateCustomers(customer.id, {
      metadata: { ...previous, email_verification: pending },
    })
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: input.email,
        channel: "email",
        template: EMAIL_VERIFICATION_TEMPLATE,
        trigger_type: "customer.email_verification_requested",
        resource_id: customer.id,
        resource_type: "customer",
        data: {
          verify_url: emailVerificationUrl(storefrontUrl(container), token),
          expires_at: pending.expires_at,
          expires_in_hours: EMAIL_VERIFICATION_TTL_HOURS,
          message_zh: `【田头市场】请点击链接验证邮箱，验证后以此邮箱下的游客订单会归入您的账户。链接 ${EMAIL_VERIFICATION_TTL_HOURS} 小时内有效。`,
          message_en: `Tiantou Market: open the link to verify your email; orders you placed as a guest with it then move into your account. The link works for ${EMAIL_VERIFICATION_TTL_HOURS} hours.`,
        },
      })
    } catch (e) {
      await customers.updateCustomers(customer.id, {
        metadata: metadataRestorePatch(previous, {
          ...previous,
          email_verification: pending,
        }),
      })
      throw e
    }
    return new StepResponse(
      { customer_id: customer.id, expires_at: pending.expires_at },
      { customer_id: customer.id, metadata: previous }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    const current = await customers.retrieveCustomer(previous.customer_id, {
      select: ["id", "metadata"],
    })
    await customers.updateCustomers(previous.customer_id, {
      metadata: metadataRestorePatch(
        previous.metadata,
        (current.metadata ?? {}) as Record<string, unknown>
      ),
    })
  }
)
