import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import { signOutCoop } from "@lib/data/vendor-actions"
import type { VendorSession } from "../../../types/co-op"
import { href } from "@lib/util/href"
import LanguageSwitch from "@modules/layout/components/language-switch"
import ConsoleNav from "../components/console-nav"
import styles from "../console.module.css"

const BANNERS = {
  pending_review: "pendingBanner",
  suspended: "suspendedBanner",
  rejected: "rejectedBanner",
  closed: "closedBanner",
} as const

/**
 * The console's own frame: the co-op, the member's role, the sections and
 * sign-out (the shop's header and footer belong to the shop's layout).
 */
export default async function ConsoleShell({
  locale,
  session,
  children,
}: {
  locale: string
  session: VendorSession
  children: ReactNode
}) {
  const [t, status] = await Promise.all([
    getTranslations({ locale, namespace: "coop" }),
    getTranslations({ locale, namespace: "coopStatus" }),
  ])
  const { vendor, member } = session
  const banner =
    vendor.status in BANNERS
      ? BANNERS[vendor.status as keyof typeof BANNERS]
      : null
  const path = (p: string) => href(locale, `/co-op${p}`)
  return (
    <div className={styles.shell} data-testid="coop-shell">
      <header className={styles.top}>
        <div className={styles.topRow}>
          <Link href={path("")} className={styles.brand}>
            {t("console")}
          </Link>
          <LanguageSwitch
            locale={locale}
            label={t("languageLabel")}
            text={t("language")}
          />
          <form action={signOutCoop}>
            <input type="hidden" name="locale" value={locale} />
            <button
              type="submit"
              className={styles.linkButton}
              data-testid="coop-sign-out"
            >
              {t("signOut")}
            </button>
          </form>
        </div>
        <p className={styles.who}>
          <span data-testid="coop-name" data-handle={vendor.handle}>
            {vendor.name}
          </span>{" "}
          <span className={styles.chip} data-testid="coop-role">
            {status(`role.${member.role}`)}
          </span>{" "}
          <span
            className={styles.chip}
            data-testid="coop-status"
            data-status={vendor.status}
          >
            {status(`vendor.${vendor.status}`)}
          </span>
        </p>
        <ConsoleNav
          label={t("nav.label")}
          items={[
            {
              href: path(""),
              label: t("nav.dashboard"),
              testId: "coop-nav-dashboard",
            },
            {
              href: path("/products"),
              label: t("nav.products"),
              testId: "coop-nav-products",
            },
            {
              href: path("/orders"),
              label: t("nav.orders"),
              testId: "coop-nav-orders",
            },
            {
              href: path("/payouts"),
              label: t("nav.payouts"),
              testId: "coop-nav-payouts",
            },
            {
              href: path("/members"),
              label: t("nav.members"),
              testId: "coop-nav-members",
            },
          ]}
        />
      </header>
      <main id="main">
        {banner ? (
          <div
            className={`${styles.banner} ${styles[`banner_${vendor.status}`] ?? ""}`}
            role="status"
            data-testid="coop-banner"
          >
            <p>{t(banner)}</p>
            {vendor.status !== "pending_review" && vendor.status_reason ? (
              <p className="muted">
                {t("reason", { reason: vendor.status_reason })}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className={styles.body}>{children}</div>
      </main>
    </div>
  )
}
