import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import {
  requirePickupSession,
  retrieveStaffParcel,
} from "@lib/data/pickup-staff"
import ParcelDetail from "@modules/pickup/templates/parcel-detail"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ done?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  return { title: t("parcel.details") }
}

/** One parcel at the staff member's points: receive it, or hand it over. */
export default async function PickupParcelPage({
  params,
  searchParams,
}: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const { staff } = await requirePickupSession(locale)
  const parcel = await retrieveStaffParcel(id)
  if (!parcel) {
    notFound()
  }
  const { done } = await searchParams
  const isManager = staff.memberships.some(
    (m) => m.role === "manager" && m.point?.id === parcel.point_id
  )
  return (
    <ParcelDetail
      parcel={parcel}
      locale={locale}
      done={
        done === "received" || done === "handed_over" || done === "unlocked"
          ? done
          : null
      }
      isManager={isManager}
    />
  )
}
