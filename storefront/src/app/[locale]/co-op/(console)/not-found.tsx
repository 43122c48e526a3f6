import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { href } from "@lib/util/href"
import styles from "@modules/co-op/console.module.css"

/** Shown inside the console for an unknown page, or another co-op's order or product. */
export default async function ConsoleNotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: "coop" })
  return (
    <section data-testid="coop-not-found" className={styles.narrow}>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFound")}</p>
      <p>
        <Link href={href(locale, "/co-op")}>{t("backToDashboard")}</Link>
      </p>
    </section>
  )
}
