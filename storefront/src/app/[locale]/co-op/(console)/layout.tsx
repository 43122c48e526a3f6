import type { ReactNode } from "react"
import { setRequestLocale } from "next-intl/server"
import { requireVendorSession } from "@lib/data/vendor-session"
import ConsoleShell from "@modules/co-op/templates/console-shell"

/** Every console page needs a co-op login; the shell shows its co-op and role. */
export default async function ConsoleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requireVendorSession(locale)
  return (
    <ConsoleShell locale={locale} session={session}>
      {children}
    </ConsoleShell>
  )
}
