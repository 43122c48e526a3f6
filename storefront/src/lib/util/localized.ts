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

/**
 * A backend label written in both languages, "自提·常温 / Pickup · ambient",
 * read in the shopper's: the part after " / " in English, before it in zh.
 */
export function bilingual(label: string | null | undefined, locale: string) {
  if (!label) {
    return ""
  }
  const parts = label.split(" / ")
  if (parts.length !== 2) {
    return label
  }
  return (locale === "en" ? parts[1] : parts[0]).trim()
}

/**
 * A grade variant's label without the grade said twice: "特级 5kg" under
 * 特级 reads "5kg" (the grade name is shown beside it).
 */
export function variantSize(
  title: string,
  grade: { name_zh?: string | null; name_en?: string | null } | null
) {
  if (!grade) {
    return title
  }
  for (const name of [grade.name_zh, grade.name_en]) {
    if (name && title.startsWith(name)) {
      return title.slice(name.length).trim() || title
    }
  }
  return title
}

/** "奉节县、云阳县和巫山县" / "Fengjie County, Yunyang County, and Wushan County". */
export function formatList(items: string[], locale: string) {
  return new Intl.ListFormat(locale, {
    style: "long",
    type: "conjunction",
  }).format(items.filter(Boolean))
}
