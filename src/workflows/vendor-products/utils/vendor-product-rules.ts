import type { VendorStatus } from "../../marketplace/utils/vendor-status"

export type VendorProductAction = "create" | "update" | "delete" | "stock"

export type VendorSummary = { id: string; name: string; status: string }

const label = (vendor: VendorSummary) => `"${vendor.name}" (${vendor.id})`

/**
 * Why a co-op in its current status may not take an action on its products
 * (with the product statuses the action would set), or undefined when it may.
 * Only active co-ops sell; a co-op under review prepares drafts; a suspended
 * one may still correct its listings but not publish; rejected and closed
 * co-ops may only tidy up (delete).
 */
export function vendorProductProblem(
  vendor: VendorSummary,
  action: VendorProductAction,
  productStatuses: string[] = []
): string | undefined {
  const status = vendor.status as VendorStatus
  if (status === "active" || action === "delete") {
    return
  }
  const notDraft = productStatuses.find((s) => s && s !== "draft")
  if (status === "pending_review") {
    if (notDraft && action !== "stock") {
      return `合作社审核通过前只能保存草稿商品 / Co-op ${label(vendor)} is pending review, so its products can only be drafts: status "${notDraft}" needs an active (approved) co-op.`
    }
    return
  }
  if (status === "suspended") {
    if (action === "create") {
      return `合作社已暂停销售，不能新增商品 / Co-op ${label(vendor)} is suspended and cannot add products until it is reinstated.`
    }
    if (notDraft && action === "update") {
      return `合作社已暂停销售，不能发布商品 / Co-op ${label(vendor)} is suspended: status "${notDraft}" needs an active co-op.`
    }
    return
  }
  return `合作社状态为 ${status}，不能修改商品 / Co-op ${label(vendor)} is ${status} and cannot ${action === "stock" ? "change stock" : `${action} products`}.`
}

export type NotSellingProduct = {
  product_id: string
  product_title: string
  vendor_id: string
  vendor_name: string
  vendor_status: string
}

/** The shopper-facing sentence for products whose co-op is not selling. */
export function notSellingMessage(blocked: NotSellingProduct[]): string {
  const list = blocked
    .map(
      (b) =>
        `"${b.product_title}" (${b.product_id}) of co-op "${b.vendor_name}" (${b.vendor_status})`
    )
    .join(", ")
  return `该合作社暂停销售，商品不可购买 / The co-op is not selling at the moment, so these products cannot be bought: ${list}.`
}
