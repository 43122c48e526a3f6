"use client"

import Link from "next/link"
import { usePathname, useSearchParams } from "next/navigation"
import { href } from "@lib/util/href"
import s from "../../console.module.css"

/** The console's sections, with the current one marked and the overdue count. */
export default function ConsoleNav({
  locale,
  label,
  labels,
  overdue,
}: {
  locale: string
  label: string
  labels: { parcels: string; scan: string; overdue: string }
  overdue: number
}) {
  const pathname = usePathname() || ""
  const status = useSearchParams()?.get("status")
  const home = href(locale, "/pickup")
  const scan = href(locale, "/pickup/scan")
  const current = pathname.startsWith(scan)
    ? "scan"
    : pathname === home && status === "overdue"
      ? "overdue"
      : "parcels"
  const items = [
    { key: "parcels", to: home, text: labels.parcels },
    { key: "scan", to: scan, text: labels.scan },
    { key: "overdue", to: `${home}?status=overdue`, text: labels.overdue },
  ] as const
  return (
    <nav className={s.nav} aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.to}
              aria-current={current === item.key ? "page" : undefined}
              data-testid={`pickup-nav-${item.key}`}
            >
              {item.text}
              {item.key === "overdue" && overdue > 0 ? (
                <span className={`${s.count} ${s.countAlert}`}>{overdue}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
