import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GradingModule from "../modules/grading"

/**
 * A variant is sold under at most one grade. `deleteCascade` sits on the
 * grade's side, as on Medusa's variant–price set link: deleting the variant
 * deletes its grade record.
 */
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: GradingModule.linkable.variantGrade,
  deleteCascade: true,
})
