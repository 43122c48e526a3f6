import type {
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  checkPickupMethodData,
  checkPickupOptionData,
  PICKUP_ZONES,
} from "../utils/data"

/**
 * Delivery to a pickup point. Prices are flat (one option per temperature
 * zone); this provider checks the shape of the data only. Whether the point
 * is active, has the zone and has room is checked with the pickup module
 * when the shipping method is added (src/workflows/hooks) and again when
 * the order is placed.
 */
export class PickupFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "pickup"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return PICKUP_ZONES.map((zone) => ({ id: `pickup-${zone}`, zone }))
  }

  /** Option data: `{ zone: "ambient" | "chilled" | "frozen" }`. */
  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    const problem = checkPickupOptionData(data)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    return true
  }

  /**
   * Method data: `{ pickup_point_id, locker_consent? }`. Consent is stamped
   * with the time it was given, which the order then records.
   */
  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    _context: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    const checked = checkPickupMethodData(data, new Date())
    if (!checked.ok) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, checked.message)
    }
    return checked.data
  }

  async canCalculate(): Promise<boolean> {
    return false
  }

  async calculatePrice(): Promise<never> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Pickup options have flat prices; there is nothing to calculate."
    )
  }

  async createFulfillment(
    data: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    return {
      data: { pickup_point_id: data?.pickup_point_id ?? null },
      labels: [],
    }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
