/** A product option with the values this product offers (Medusa ≥ 2.16 keeps a per-product subset). */
export type ProductOptionState = {
  id: string
  title: string
  values: { id: string; value: string }[]
}

/** An existing variant and the option values it sells. */
export type ExistingVariantState = {
  id: string
  title: string
  options: { option_id: string; value: string }[]
}

export type VariantOptionPlan = {
  /** Option title → value, as `createProductVariantsWorkflow` takes them. */
  options: Record<string, string>
  /** Values the product must offer before the variant can use them. */
  option_updates: { product_option_id: string; add: { value: string }[] }[]
}

export type VariantOptionProblem = { problem: string }

const quoted = (titles: string[]) => titles.map((t) => `"${t}"`).join(", ")

/**
 * How a new size fits the product's options: which value of each option it
 * sells and which values the product must offer first, or why it cannot be
 * added. Without `options`, a product with a single option (the console's
 * "规格 / Size") gets the variant's title as that option's value.
 */
export function planVariantOptions(
  productId: string,
  variant: { title: string; options?: Record<string, string> | null },
  productOptions: ProductOptionState[],
  variants: ExistingVariantState[]
): VariantOptionPlan | VariantOptionProblem {
  const titles = productOptions.map((o) => o.title)
  let options: Record<string, string>
  if (variant.options && Object.keys(variant.options).length) {
    options = variant.options
  } else if (productOptions.length === 1) {
    options = { [productOptions[0].title]: variant.title }
  } else if (!productOptions.length) {
    return { options: {}, option_updates: [] }
  } else {
    return {
      problem: `options must give a value for each of the product's options (${quoted(titles)}); product "${productId}" has more than one, so the size's title cannot stand for them.`,
    }
  }

  const unknown = Object.keys(options).find((key) => !titles.includes(key))
  if (unknown !== undefined) {
    return {
      problem: `options["${unknown}"] is not an option of product "${productId}"; its options are ${quoted(titles)}.`,
    }
  }
  const missing = titles.find((title) => !(title in options))
  if (missing !== undefined) {
    return {
      problem: `options must give a value for "${missing}": every option of product "${productId}" needs one (${quoted(titles)}).`,
    }
  }

  const trimmed = Object.fromEntries(
    Object.entries(options).map(([k, v]) => [k, v.trim()])
  )
  const chosen = productOptions.map((o) => ({
    option: o,
    value: trimmed[o.title],
  }))
  const same = variants.find((v) =>
    chosen.every(({ option, value }) =>
      v.options.some((vo) => vo.option_id === option.id && vo.value === value)
    )
  )
  if (same && chosen.length) {
    const described = chosen
      .map(({ option, value }) => `"${option.title}" "${value}"`)
      .join(", ")
    return {
      problem: `options ${described} is already sold as variant "${same.title}" (${same.id}); change that size's price or stock instead, or choose another value.`,
    }
  }

  const option_updates = chosen
    .filter(
      ({ option, value }) => !option.values.some((v) => v.value === value)
    )
    .map(({ option, value }) => ({
      product_option_id: option.id,
      add: [{ value }],
    }))
  return { options: trimmed, option_updates }
}

/**
 * The option values only the given variant sells, which the product stops
 * offering when that variant goes, so the size can be added again later
 * and the shop does not offer a size nobody sells.
 */
export function optionValuesToRetire(
  variantId: string,
  variants: ExistingVariantState[],
  productOptions: ProductOptionState[]
): { product_option_id: string; remove: string[] }[] {
  const target = variants.find((v) => v.id === variantId)
  if (!target) {
    return []
  }
  const others = variants.filter((v) => v.id !== variantId)
  return productOptions
    .map((option) => {
      const own = target.options.find((o) => o.option_id === option.id)
      const value = own && option.values.find((v) => v.value === own.value)
      const shared = others.some((v) =>
        v.options.some(
          (o) => o.option_id === option.id && o.value === own?.value
        )
      )
      return value && !shared
        ? { product_option_id: option.id, remove: [value.id] }
        : null
    })
    .filter(
      (u): u is { product_option_id: string; remove: string[] } => u !== null
    )
}
