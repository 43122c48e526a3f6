import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import {
  isPickupOption,
  listCartShippingOptions,
  retrieveCartByCoop,
} from "@lib/data/cart"
import { getCartId } from "@lib/data/cookies"
import { retrieveCustomer } from "@lib/data/customer"
import { DEFAULT_ORIGIN, findPickupPoints } from "@lib/data/pickup-points"
import { districtByCode } from "@lib/util/districts"
import { href } from "@lib/util/href"
import { optionZone } from "@modules/checkout/templates/delivery"
import CheckoutTemplate from "@modules/checkout/templates"
import type { PickupPoint } from "../../../../types/catalogue"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const search = await searchParams
  // The cart's id is in its cookie, so its options load alongside it: each
  // re-render after a checkout step waits for one backend trip, not two.
  const cartId = await getCartId()
  const [{ cart, groups }, customer, options] = await Promise.all([
    retrieveCartByCoop(locale),
    retrieveCustomer(),
    cartId ? listCartShippingOptions(cartId).catch(() => []) : [],
  ])
  if (!cart || !groups.length) {
    redirect(href(locale, "/cart"))
  }

  // Pickup points near the shopper's location, else the district picked,
  // else the city centre: one search per temperature zone on offer.
  const district = districtByCode(search.district)
  const lat = Number(search.lat)
  const lng = Number(search.lng)
  const located = Boolean(
    Number.isFinite(lat) && Number.isFinite(lng) && search.lat
  )
  const origin = located ? { lat, lng } : (district ?? DEFAULT_ORIGIN)
  const zones = [...new Set(options.filter(isPickupOption).map(optionZone))]
  const found = await Promise.all(
    zones.map(
      async (zone) =>
        [zone, await findPickupPoints({ ...origin, zone })] as const
    )
  )
  const pointsByZone: Record<string, PickupPoint[]> = Object.fromEntries(
    found.map(([zone, r]) => [zone, r.pickup_points])
  )
  const arrival = found.find(([, r]) => r.arrival_date)?.[1].arrival_date

  return (
    <CheckoutTemplate
      cart={cart}
      groups={groups}
      customer={customer}
      options={options}
      nearby={{ origin, located, district, zones, pointsByZone, arrival }}
      locale={locale}
    />
  )
}
