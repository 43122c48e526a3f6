const formatters = new Map<string, Intl.NumberFormat>()

/**
 * A price in major units (yuan) as the shopper reads it: "¥49.90" in zh-CN
 * and "CN¥49.90" in English. Medusa stores major units, never fen.
 */
export function formatPrice(
  amount: number | null | undefined,
  locale: string,
  currency = "cny"
): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) {
    return "—"
  }
  const key = `${locale}:${currency}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currency.toUpperCase(),
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(key, format)
  }
  return format.format(amount)
}

/** "¥12.00 – ¥30.00", or one price when both ends agree. */
export function formatPriceRange(
  min: number | null | undefined,
  max: number | null | undefined,
  locale: string
): string {
  if (min === null || min === undefined) {
    return formatPrice(max, locale)
  }
  if (max === null || max === undefined || max === min) {
    return formatPrice(min, locale)
  }
  return `${formatPrice(min, locale)} – ${formatPrice(max, locale)}`
}
