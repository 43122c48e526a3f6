import { invalidField } from "../../../utils/refusal"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import {
  CREDIT_CODE_RULES,
  creditCodeProblem,
} from "../../../modules/marketplace/utils/credit-code"
import {
  COOP_REGION_RULES,
  coopRegionProblem,
} from "../../../modules/marketplace/utils/regions"

export type ValidateVendorRegistrationStepInput = {
  handle: string
  credit_code: string
  region_code: string
  member_email: string
}

export const validateVendorRegistrationStepId = "validate-vendor-registration"

/**
 * This step checks that a co-op's handle, credit code and owner email are
 * free, that its credit code is valid, and that its region code is one of
 * Chongqing's districts or counties.
 */
export const validateVendorRegistrationStep = createStep(
  validateVendorRegistrationStepId,
  async (input: ValidateVendorRegistrationStepInput, { container }) => {
    const problem = creditCodeProblem(input.credit_code)
    if (problem) {
      throw invalidField(
        `credit_code "${input.credit_code}" ${CREDIT_CODE_RULES[problem]}.`,
        "credit_code",
        "credit_code",
        { problem }
      )
    }
    const regionProblem = coopRegionProblem(input.region_code)
    if (regionProblem) {
      throw invalidField(
        `region_code "${input.region_code}" ${COOP_REGION_RULES[regionProblem]}.`,
        "region_code",
        "region_code",
        { problem: regionProblem }
      )
    }

    const marketplace =
      container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [byHandle, byCode, byEmail] = await Promise.all([
      marketplace.listVendors({ handle: input.handle }, { select: ["id"] }),
      marketplace.listVendors(
        { credit_code: input.credit_code },
        { select: ["id"] }
      ),
      marketplace.listVendorMembers(
        { email: input.member_email },
        { select: ["id"] }
      ),
    ])
    if (byHandle.length) {
      throw invalidField(
        `handle "${input.handle}" is already taken by another co-op.`,
        "handle",
        "taken",
        {}
      )
    }
    if (byCode.length) {
      throw invalidField(
        `credit_code "${input.credit_code}" is already registered by another co-op.`,
        "credit_code",
        "taken",
        {}
      )
    }
    if (byEmail.length) {
      throw invalidField(
        `member.email "${input.member_email}" already belongs to a co-op member.`,
        "member.email",
        "taken",
        {}
      )
    }
    return new StepResponse(void 0)
  }
)
