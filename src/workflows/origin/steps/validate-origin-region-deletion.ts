import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORIGIN_MODULE } from "../../../modules/origin"
import type OriginModuleService from "../../../modules/origin/service"

export const validateOriginRegionDeletionStepId =
  "validate-origin-region-deletion"

/**
 * This step refuses to delete a region that still has child regions or
 * that a brand names as its area, since both would point at nothing.
 */
export const validateOriginRegionDeletionStep = createStep(
  validateOriginRegionDeletionStepId,
  async (id: string, { container }) => {
    const origin = container.resolve<OriginModuleService>(ORIGIN_MODULE)
    const [region] = await origin.listOriginRegions({ id })
    if (!region) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Origin region "${id}" was not found.`
      )
    }
    const [, children] = await origin.listAndCountOriginRegions(
      { parent_code: region.code },
      { select: ["id"], take: 1 }
    )
    if (children) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Origin region "${region.code}" cannot be deleted: ${children} region(s) have it as parent_code.`
      )
    }
    // Brands are a few hundred rows at most; region_codes is a JSON list.
    const brands = await origin.listBrands(
      {},
      { select: ["handle", "region_codes"] }
    )
    const users = brands.filter((b) => b.region_codes?.includes(region.code))
    if (users.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Origin region "${region.code}" cannot be deleted: brand(s) ${users
          .map((b) => `"${b.handle}"`)
          .join(", ")} list it in region_codes.`
      )
    }
    return new StepResponse(region)
  }
)
