import { MedusaService } from "@medusajs/framework/utils"
import {
  CommissionLine,
  CommissionRule,
  OrderGroup,
  Payout,
  PayoutLine,
  Vendor,
  VendorMember,
  VendorStatusChange,
} from "./models"

export type MarketplaceModuleOptions = {
  /** Hours after delivery or pickup before a co-op's earnings are payable. */
  after_sales_window_hours?: number
  /** Commission percent when no default rule has been set in the admin. */
  default_commission_rate?: number
}

export const DEFAULT_AFTER_SALES_WINDOW_HOURS = 48
export const DEFAULT_COMMISSION_RATE = 5

class MarketplaceModuleService extends MedusaService({
  Vendor,
  VendorMember,
  VendorStatusChange,
  OrderGroup,
  CommissionRule,
  CommissionLine,
  PayoutLine,
  Payout,
}) {
  protected readonly options_: Required<MarketplaceModuleOptions>

  constructor(container: any, options: MarketplaceModuleOptions = {}) {
    super(...arguments)
    this.options_ = {
      after_sales_window_hours:
        options.after_sales_window_hours ?? DEFAULT_AFTER_SALES_WINDOW_HOURS,
      default_commission_rate:
        options.default_commission_rate ?? DEFAULT_COMMISSION_RATE,
    }
  }

  /** The module's settings, with defaults applied. */
  async getSettings(): Promise<Required<MarketplaceModuleOptions>> {
    return { ...this.options_ }
  }
}

export default MarketplaceModuleService
