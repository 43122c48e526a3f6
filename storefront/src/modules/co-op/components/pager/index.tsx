import Link from "next/link"
import { getTranslations } from "next-intl/server"
import styles from "../../console.module.css"

/** Previous / next links for a list of `count` rows, `size` a page. */
export default async function Pager({
  locale,
  page,
  count,
  size,
  hrefFor,
}: {
  locale: string
  page: number
  count: number
  size: number
  hrefFor: (page: number) => string
}) {
  const pages = Math.max(1, Math.ceil(count / size))
  if (pages <= 1) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "coop" })
  return (
    <nav className={styles.pager} aria-label={t("pageOf", { page, pages })}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" data-testid="coop-page-prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="muted">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next" data-testid="coop-page-next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** The 1-based page from `?page=`, never below 1. */
export function pageParam(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 1 ? page : 1
}
