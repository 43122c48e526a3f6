import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"
import type { PickupSession } from "@lib/data/pickup-staff"
import { signOutPickup } from "@lib/data/pickup-staff-actions"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import LanguageSwitch from "@modules/layout/components/language-switch"
import AutoRefresh from "../components/auto-refresh"
import ConsoleNav from "../components/console-nav"
import PointSwitch from "../components/point-switch"
import s from "../console.module.css"

/**
 * The console's own frame: the point being worked (a chooser when the
 * staff member works at several), who is signed in, the sections and
 * sign-out (the shop's header and footer belong to the shop's layout).
 */
export default async function ConsoleShell({
  locale,
  session,
  overdue,
  children,
}: {
  locale: string
  session: PickupSession
  overdue: number
  children: ReactNode
}) {
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  const { staff, points, point } = session
  const role =
    staff.memberships.find((m) => m.point.id === point?.id)?.role ??
    staff.memberships[0]?.role ??
    "staff"
  return (
    <div className={s.shell} data-testid="pickup-shell">
      <header className={s.top}>
        <div className={s.topRow}>
          <Link href={href(locale, "/pickup")} className={s.brand}>
            {t("brand")}
          </Link>
          <LanguageSwitch
            locale={locale}
            label={t("languageLabel")}
            text={t("language")}
          />
          <form action={signOutPickup}>
            <input type="hidden" name="locale" value={locale} />
            <button
              type="submit"
              className={s.linkButton}
              data-testid="pickup-sign-out"
            >
              {t("signOut")}
            </button>
          </form>
        </div>
        <div className={s.who}>
          {points.length > 1 ? (
            <PointSwitch
              locale={locale}
              points={points}
              current={point?.id ?? null}
              label={t("point.label")}
              all={t("point.all")}
              submit={t("point.switch")}
            />
          ) : point ? (
            <span className={s.pointName} data-testid="pickup-point-name">
              {localized(point, "name", locale)}
            </span>
          ) : (
            <span>{t("point.none")}</span>
          )}
          <span data-testid="pickup-staff-name">
            {t("signedInAs", { name: staff.name, role: t(`role.${role}`) })}
          </span>
        </div>
      </header>
      <ConsoleNav
        locale={locale}
        label={t("nav.label")}
        overdue={overdue}
        labels={{
          parcels: t("nav.parcels"),
          scan: t("nav.scan"),
          overdue: t("nav.overdue"),
        }}
      />
      <main id="main" className={s.body}>
        {children}
      </main>
      <AutoRefresh seconds={30} />
    </div>
  )
}
