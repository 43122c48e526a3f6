import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import type { ProductCategory } from "@lib/data/catalogue"
import type { FacetValue } from "../../../../types/catalogue"
import { categoryName } from "../filters/labels"

/**
 * The top-level categories (水果, 蔬菜, …) as one row of links to the
 * listing, and under a chosen one its subcategories. Only categories that
 * hold a product are shown (never a link to an empty page); `counts` are
 * the catalogue's category facet.
 */
export default async function CategoryNav({
  categories,
  counts,
  active = [],
  locale,
  basePath,
}: {
  categories: ProductCategory[]
  counts: FacetValue[] | undefined
  active?: string[]
  locale: string
  basePath: string
}) {
  const t = await getTranslations({ locale, namespace: "nav" })
  const listing = await getTranslations({ locale, namespace: "listing" })
  const count = new Map((counts ?? []).map((c) => [c.value, c.count]))
  const shown = (c: ProductCategory) =>
    (count.get(c.handle) ?? 0) > 0 || active.includes(c.handle)
  const sorted = [...categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  const top = sorted.filter((c) => !c.parent_category_id && shown(c))
  if (!top.length) {
    return null
  }
  const open = top.find(
    (c) =>
      active.includes(c.handle) ||
      sorted.some(
        (s) => s.parent_category_id === c.id && active.includes(s.handle)
      )
  )
  const children = open
    ? sorted.filter((c) => c.parent_category_id === open.id && shown(c))
    : []
  const link = (c: ProductCategory, testId: string) => {
    const current = active.includes(c.handle)
    return (
      <li key={c.id}>
        <Link
          className={current ? "chip active" : "chip"}
          aria-current={current ? "page" : undefined}
          href={`${basePath}?category=${encodeURIComponent(c.handle)}`}
          data-testid={testId}
          data-category={c.handle}
        >
          {categoryName(c, locale)}
        </Link>
      </li>
    )
  }
  return (
    <nav
      className="category-nav"
      aria-label={t("categories")}
      data-testid="category-nav"
    >
      <ul>
        {active.length ? (
          <li>
            <Link className="chip" href={basePath} data-testid="category-all">
              {listing("allCategories")}
            </Link>
          </li>
        ) : null}
        {top.map((c) => link(c, "category-link"))}
      </ul>
      {children.length ? (
        <ul aria-label={categoryName(open!, locale)}>
          {children.map((c) => link(c, "subcategory-link"))}
        </ul>
      ) : null}
    </nav>
  )
}
