import { setRequestLocale } from "next-intl/server"
import {
  countActiveParcels,
  requirePickupSession,
} from "@lib/data/pickup-staff"
import { isParcelStatus } from "@modules/pickup/lib/parcels"
import ParcelList from "@modules/pickup/templates/parcel-list"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string; q?: string; page?: string }>
}

/** Parcels by status (待取件 first), or what a search found. */
export default async function PickupHome({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const query = await searchParams
  const session = await requirePickupSession(locale)
  const counts = await countActiveParcels(session)
  const status = isParcelStatus(query.status)
    ? query.status
    : "ready_for_pickup"
  const page = Math.max(1, Math.floor(Number(query.page)) || 1)
  return (
    <ParcelList
      locale={locale}
      session={session}
      status={status}
      q={(query.q ?? "").trim().slice(0, 40)}
      page={page}
      counts={counts}
    />
  )
}
