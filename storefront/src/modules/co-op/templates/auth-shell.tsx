import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { href } from "@lib/util/href"
import LanguageSwitch from "@modules/layout/components/language-switch"
import styles from "../console.module.css"

/** The frame of the sign-in, sign-up and join pages: no shop header, no nav. */
export default async function AuthShell({
  locale,
  children,
}: {
  locale: string
  children: ReactNode
}) {
  const t = await getTranslations({ locale, namespace: "coop" })
  return (
    <div
      className={`${styles.shell} ${styles.auth}`}
      data-testid="coop-auth-shell"
    >
      <header className={styles.top}>
        <div className={styles.topRow}>
          <Link href={href(locale, "/co-op")} className={styles.brand}>
            {t("console")}
          </Link>
          <Link href={href(locale, "/")}>{t("shop")}</Link>
          <LanguageSwitch
            locale={locale}
            label={t("languageLabel")}
            text={t("language")}
          />
        </div>
      </header>
      <main id="main" className={styles.body}>
        {children}
      </main>
    </div>
  )
}
