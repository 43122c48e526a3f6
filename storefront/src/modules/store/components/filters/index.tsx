import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { isActive, toggleFilter } from "@lib/util/query"
import type { Facets } from "../../../../types/catalogue"

type SearchParams = Record<string, string | string[] | undefined>

const GROUPS = ["grade", "brand", "region", "certification"] as const

/** Facet links: each toggles one value and keeps the other filters. */
export default async function Filters({
  facets,
  params,
  locale,
  basePath,
}: {
  facets: Facets | undefined
  params: SearchParams
  locale: string
  basePath: string
}) {
  const t = await getTranslations({ locale, namespace: "listing" })
  const cert = await getTranslations({ locale, namespace: "cert" })
  if (!facets) {
    return null
  }
  return (
    <nav aria-label={t("filters")} data-testid="filters">
      {GROUPS.map((group) =>
        facets[group]?.length ? (
          <section key={group}>
            <h2>{t(group)}</h2>
            <ul className="chips">
              {facets[group].map((f) => {
                const active = isActive(params, group, f.value)
                const label =
                  group === "certification" && cert.has(f.value)
                    ? cert(f.value)
                    : ((locale === "en" ? f.label_en : f.label_zh) ??
                      f.label_zh ??
                      f.value)
                return (
                  <li key={f.value}>
                    <Link
                      className={active ? "chip active" : "chip"}
                      aria-current={active ? "true" : undefined}
                      href={`${basePath}${toggleFilter(params, group, f.value)}`}
                      data-testid={`filter-${group}-${f.value}`}
                    >
                      {label} ({f.count})
                    </Link>
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null
      )}
      <p>
        <Link href={basePath}>{t("clear")}</Link>
      </p>
    </nav>
  )
}
