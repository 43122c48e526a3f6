import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type {
  ExistingVariantState,
  ProductOptionState,
} from "./variant-options"

/**
 * A product's options (with the values this product offers) and its live
 * variants with the option values each sells.
 */
export async function productOptionsState(
  query: Omit<RemoteQueryFunction, symbol>,
  productId: string
): Promise<{
  options: ProductOptionState[]
  variants: ExistingVariantState[]
}> {
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "options.id",
      "options.title",
      "options.values.id",
      "options.values.value",
      "variants.id",
      "variants.title",
      "variants.options.value",
      "variants.options.option_id",
    ],
    filters: { id: productId },
  })
  return {
    options: (product?.options ?? []).map((o: any) => ({
      id: o.id,
      title: o.title,
      values: (o.values ?? []).map((v: any) => ({ id: v.id, value: v.value })),
    })),
    variants: (product?.variants ?? []).map((v: any) => ({
      id: v.id,
      title: v.title,
      options: (v.options ?? []).map((o: any) => ({
        option_id: o.option_id,
        value: o.value,
      })),
    })),
  }
}
