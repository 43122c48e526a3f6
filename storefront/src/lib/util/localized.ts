/** Picks the English field when the locale is English and it is set. */
export function localized<T extends Record<string, unknown>>(
  record: T | null | undefined,
  base: string,
  locale: string
): string {
  if (!record) {
    return ""
  }
  const zh = (record[`${base}_zh`] ?? record[base]) as string | undefined
  const en = record[`${base}_en`] as string | undefined
  return (locale === "en" ? en || zh : zh || en) ?? ""
}

/** A catalogue product's title in the shopper's language. */
export function productTitle(
  product: { title: string; title_en?: string | null },
  locale: string
) {
  return locale === "en" && product.title_en ? product.title_en : product.title
}
