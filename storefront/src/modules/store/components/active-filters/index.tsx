import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { ProductCategory } from "@lib/data/catalogue"
import { activeFilters, toggleFilter, withoutQuery } from "@lib/util/query"
import type { Facets, VendorRef } from "../../../../types/catalogue"
import { filterLabel } from "../filters/labels"

type SearchParams = Record<string, string | string[] | undefined>

/** What the listing is filtered by, each with a link that takes it off. */
export default async function ActiveFilters({
  params,
  facets,
  categories,
  vendors,
  locale,
  basePath,
}: {
  params: SearchParams
  facets: Facets | undefined
  categories: ProductCategory[]
  vendors: VendorRef[]
  locale: string
  basePath: string
}) {
  const t = await getTranslations({ locale, namespace: "listing" })
  const cert = await getTranslations({ locale, namespace: "cert" })
  const chosen = activeFilters(params)
  const q = typeof params.q === "string" ? params.q.trim() : ""
  if (!chosen.length && !q) {
    return null
  }
  return (
    <ul
      className="chips"
      aria-label={t("chosenFilters")}
      data-testid="active-filters"
    >
      {q ? (
        <li>
          <Link
            className="chip active"
            href={`${basePath}${withoutQuery(params)}`}
            aria-label={t("removeFilter", { label: t("searchFor", { q }) })}
          >
            {t("searchFor", { q })} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ) : null}
      {chosen.map(({ name, value }) => {
        const label = filterLabel(name, value, {
          facets,
          categories,
          locale,
          cert,
          vendors,
        })
        return (
          <li key={`${name}-${value}`}>
            <Link
              className="chip active"
              href={`${basePath}${toggleFilter(params, name, value)}`}
              aria-label={t("removeFilter", { label })}
              data-testid={`active-${name}-${value}`}
            >
              {label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
