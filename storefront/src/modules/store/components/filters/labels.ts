import type { ProductCategory } from "@lib/data/catalogue"
import { localized } from "@lib/util/localized"
import { regionName } from "@lib/util/regions"
import type { Facets, VendorRef } from "../../../../types/catalogue"

export const FACET_GROUPS = [
  "grade",
  "brand",
  "region",
  "certification",
] as const

/** How one filter value reads: the facet's label, a category's name, or a known code. */
export function filterLabel(
  group: string,
  value: string,
  {
    facets,
    categories,
    locale,
    cert,
    vendors = [],
  }: {
    facets: Facets | undefined
    categories: ProductCategory[]
    locale: string
    cert: { has: (key: string) => boolean; (key: string): string }
    /** Co-ops seen on the page, to name a `vendor` filter. */
    vendors?: VendorRef[]
  }
): string {
  if (group === "certification" && cert.has(value)) {
    return cert(value)
  }
  if (group === "vendor") {
    const vendor = vendors.find((v) => v.handle === value || v.id === value)
    return vendor?.name ?? value
  }
  if (group === "category") {
    const category = categories.find(
      (c) => c.handle === value || c.id === value
    )
    return category ? categoryName(category, locale) : value
  }
  const facet = (facets?.[group as keyof Facets] ?? []).find(
    (f) => f.value === value
  )
  if (facet) {
    return (
      (locale === "en" ? facet.label_en : facet.label_zh) ??
      facet.label_zh ??
      value
    )
  }
  return group === "region" ? regionName(value, locale) : value
}

/** A category's name; `metadata.name_en` carries the English one when set. */
export function categoryName(category: ProductCategory, locale: string) {
  return (
    localized(
      { name_zh: category.name, name_en: category.metadata?.name_en },
      "name",
      locale
    ) || category.handle
  )
}
