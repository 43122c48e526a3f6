import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import {
  isPickupOption,
  type CoopGroup,
  type ShippingOption,
} from "@lib/data/cart"
import { formatDate } from "@lib/util/dates"
import { CHONGQING_DISTRICTS } from "@lib/util/districts"
import LocateButton from "@modules/checkout/components/locate-button"
import type { PickupPoint } from "../../../types/catalogue"
import CheckoutContact from "./contact"
import CoopDelivery, { optionZone, type FollowerOption } from "./delivery"
import CheckoutPayment, { type PayBlocker } from "./payment"

type District = (typeof CHONGQING_DISTRICTS)[number]

/** Where the pickup points were searched from, and what was found per zone. */
export type PickupSearch = {
  origin: { lat: number; lng: number }
  located: boolean
  district: District | undefined
  zones: string[]
  pointsByZone: Record<string, PickupPoint[]>
  arrival: string | null | undefined
}

/** The checkout's three steps: contact, each co-op's delivery, payment. */
export default async function CheckoutTemplate({
  cart,
  groups,
  customer,
  options,
  nearby,
  locale,
}: {
  cart: HttpTypes.StoreCart
  groups: CoopGroup[]
  customer: HttpTypes.StoreCustomer | null
  options: ShippingOption[]
  nearby: PickupSearch
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const errors = t.raw("errors") as Record<string, string>
  const districtName = (d: District) => (locale === "en" ? d.en : d.zh)
  const { origin, located, district, zones, pointsByZone, arrival } = nearby

  // Per co-op: the option chosen and, for pickup, the point it goes to.
  const chosen = new Map<
    string,
    { optionId: string; pointId?: string; pickup: boolean }
  >()
  for (const method of cart.shipping_methods ?? []) {
    const option = options.find((o) => o.id === method.shipping_option_id)
    if (option?.vendor?.id) {
      const pointId = (method.data as Record<string, unknown> | undefined)
        ?.pickup_point_id
      chosen.set(option.vendor.id, {
        optionId: option.id,
        pointId: typeof pointId === "string" ? pointId : undefined,
        pickup: isPickupOption(option),
      })
    }
  }
  const address = cart.shipping_address
  const hasContact = Boolean(
    cart.email && address?.phone && address?.first_name
  )
  const needsAddress = [...chosen.values()].some((c) => !c.pickup)
  const street = address?.address_1?.trim() ?? ""
  const hasAddress = Boolean(street) && !/^\d+$/.test(street)
  const unchosen = groups.filter((g) => !g.vendor || !chosen.has(g.vendor.id))
  const blockers: PayBlocker[] = [
    ...(hasContact ? [] : [{ reason: "contact" as const }]),
    ...(needsAddress && !hasAddress ? [{ reason: "address" as const }] : []),
    ...(unchosen.length
      ? [
          {
            reason: "delivery" as const,
            coops: unchosen.map((g) => g.vendor?.name ?? "—"),
          },
        ]
      : []),
  ]
  // A choice also goes to the co-ops that have none yet: their options.
  const followersOf = (vendorId: string | undefined): FollowerOption[] =>
    unchosen
      .filter((g) => g.vendor && g.vendor.id !== vendorId)
      .flatMap((g) => {
        const own = options.filter((o) => o.vendor?.id === g.vendor!.id)
        const pickup = own.find(isPickupOption)
        const delivery = own.find((o) => !isPickupOption(o))
        return [
          ...(pickup
            ? [{ id: pickup.id, zone: optionZone(pickup), pickup: true }]
            : []),
          ...(delivery ? [{ id: delivery.id, zone: "", pickup: false }] : []),
        ]
      })
  const originLabel = located
    ? t("originLocated")
    : district
      ? t("originDistrict", { district: districtName(district) })
      : t("originDefault")

  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">{t("contact")}</h2>
        <CheckoutContact
          cart={cart}
          customer={customer}
          districtCode={district?.code}
          hasContact={hasContact}
          needsAddress={needsAddress}
          locale={locale}
          errors={errors}
        />
      </section>

      <section aria-labelledby="delivery-title" id="delivery">
        <h2 id="delivery-title">{t("delivery")}</h2>
        {zones.length ? (
          <div
            className="card locate"
            data-testid="pickup-origin"
            data-lat={origin.lat}
            data-lng={origin.lng}
          >
            <p className="muted" data-testid="pickup-origin-label">
              {originLabel}
              {arrival
                ? ` ${t("arrival", { date: formatDate(arrival, locale) })}`
                : ""}
            </p>
            <Suspense>
              <LocateButton
                label={t("useLocation")}
                locating={t("locating")}
                denied={t("locationDenied")}
              />
            </Suspense>
            <form method="get" className="row district-form">
              <label htmlFor="near">{t("orDistrict")}</label>
              <select
                id="near"
                name="district"
                defaultValue={district?.code ?? ""}
              >
                {CHONGQING_DISTRICTS.map((d) => (
                  <option key={d.code} value={d.code}>
                    {districtName(d)}
                  </option>
                ))}
              </select>
              <button type="submit" className="secondary">
                {t("find")}
              </button>
            </form>
          </div>
        ) : null}
        {groups.length > 1 && unchosen.length > 1 ? (
          <p className="muted" data-testid="applies-to-all">
            {t("appliesToAll")}
          </p>
        ) : null}
        {groups.map((group) => (
          <CoopDelivery
            key={group.vendor?.id ?? "none"}
            group={group}
            options={options.filter((o) => o.vendor?.id === group.vendor?.id)}
            chosenOptionId={
              group.vendor ? chosen.get(group.vendor.id)?.optionId : undefined
            }
            chosenPointId={
              group.vendor ? chosen.get(group.vendor.id)?.pointId : undefined
            }
            pointsByZone={pointsByZone}
            followers={followersOf(group.vendor?.id)}
            locale={locale}
            errors={errors}
          />
        ))}
      </section>

      <section aria-labelledby="payment-title">
        <h2 id="payment-title">{t("payment")}</h2>
        <CheckoutPayment
          cart={cart}
          coopCount={groups.length}
          blockers={blockers}
          locale={locale}
          errors={errors}
        />
      </section>
    </>
  )
}
