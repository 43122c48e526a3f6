"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "../../console.module.css"

export type NavItem = { href: string; label: string; testId: string }

/** The console's sections; the current one is marked for screen readers too. */
export default function ConsoleNav({
  items,
  label,
}: {
  items: NavItem[]
  label: string
}) {
  const pathname = usePathname() || "/"
  // The dashboard's path is a prefix of every other; match it exactly.
  const current = items
    .filter((item) =>
      item === items[0]
        ? pathname === item.href
        : pathname === item.href || pathname.startsWith(`${item.href}/`)
    )
    .map((item) => item.href)
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current.includes(item.href) ? "page" : undefined}
              data-testid={item.testId}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
