import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getTranslations, setRequestLocale } from "next-intl/server"
import {
  countActiveParcels,
  requirePickupSession,
} from "@lib/data/pickup-staff"
import ConsoleShell from "@modules/pickup/templates/console-shell"

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** Every console page needs a pickup-staff login; the shell shows the point and the overdue count. */
export default async function PickupConsoleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  setRequestLocale(locale)
  const session = await requirePickupSession(locale)
  const counts = await countActiveParcels(session)
  return (
    <ConsoleShell
      locale={locale}
      session={session}
      overdue={counts.overdue ?? 0}
    >
      {children}
    </ConsoleShell>
  )
}
