import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { ProductCategory } from "@lib/data/catalogue"
import { activeFilters, isActive, toggleFilter } from "@lib/util/query"
import type { Facets } from "../../../../types/catalogue"
import { categoryName, FACET_GROUPS, filterLabel } from "./labels"

type SearchParams = Record<string, string | string[] | undefined>

/**
 * Facet links: each toggles one value and keeps the other filters. On a
 * phone they fold into one disclosure above the results (no client JS);
 * from 48rem they stay open in the sidebar.
 */
export default async function Filters({
  facets,
  categories,
  params,
  locale,
  basePath,
}: {
  facets: Facets | undefined
  categories: ProductCategory[]
  params: SearchParams
  locale: string
  basePath: string
}) {
  const t = await getTranslations({ locale, namespace: "listing" })
  const cert = await getTranslations({ locale, namespace: "cert" })
  if (!facets && !categories.length) {
    return null
  }
  const chosen = activeFilters(params).length
  const groups = [
    ...(categories.length
      ? [
          {
            group: "category",
            // Only categories that hold a product under the other filters.
            values: categories.flatMap((c) => {
              const count =
                facets?.category?.find((f) => f.value === c.handle)?.count ?? 0
              return count || isActive(params, "category", c.handle)
                ? [
                    {
                      value: c.handle,
                      label: categoryName(c, locale),
                      count: count as number | null,
                    },
                  ]
                : []
            }),
          },
        ]
      : []),
    ...FACET_GROUPS.map((group) => ({
      group,
      values: (facets?.[group] ?? []).map((f) => ({
        value: f.value,
        label: filterLabel(group, f.value, {
          facets,
          categories,
          locale,
          cert,
        }),
        count: f.count as number | null,
      })),
    })),
  ].filter((g) => g.values.length)
  return (
    <details className="filters-panel" data-testid="filters-panel">
      <summary>
        {chosen ? t("filtersChosen", { count: chosen }) : t("filters")}
      </summary>
      <nav aria-label={t("filters")} data-testid="filters">
        {groups.map(({ group, values }) => (
          <section key={group} aria-labelledby={`facet-${group}`}>
            <h3 id={`facet-${group}`}>{t(group as "grade")}</h3>
            <ul className="chips">
              {values.map((f) => {
                const active = isActive(params, group, f.value)
                return (
                  <li key={f.value}>
                    <Link
                      className={active ? "chip active" : "chip"}
                      aria-current={active ? "true" : undefined}
                      href={`${basePath}${toggleFilter(params, group, f.value)}`}
                      data-testid={`filter-${group}-${f.value}`}
                    >
                      {f.count === null
                        ? f.label
                        : t("withCount", { label: f.label, count: f.count })}
                    </Link>
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
        {chosen ? (
          <p>
            <Link href={basePath} data-testid="clear-filters">
              {t("clear")}
            </Link>
          </p>
        ) : null}
      </nav>
    </details>
  )
}
