import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OriginModule from "../modules/origin"

/**
 * The certificates a product carries (a co-op's 绿色食品 certificate may
 * cover several of its products). A badge shows only while the certificate
 * is valid.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: OriginModule.linkable.certification, isList: true }
)
