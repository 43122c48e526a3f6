import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { Suspense } from "react"
import {
  isPickupOption,
  listCartShippingOptions,
  retrieveCartByCoop,
} from "@lib/data/cart"
import { placeOrder, saveContact } from "@lib/data/checkout-actions"
import { retrieveCustomer } from "@lib/data/customer"
import { PICKUP_ADDRESS_LINE } from "@lib/constants"
import { DEFAULT_ORIGIN, findPickupPoints } from "@lib/data/pickup-points"
import { formatDate } from "@lib/util/dates"
import { CHONGQING_DISTRICTS, districtByCode } from "@lib/util/districts"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import LocateButton from "@modules/checkout/components/locate-button"
import CoopDelivery, { optionZone } from "@modules/checkout/templates/delivery"
import ActionForm from "@modules/common/components/action-form"
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
  const { cart, groups } = await retrieveCartByCoop(locale)
  if (!cart || !groups.length) {
    redirect(href(locale, "/cart"))
  }
  const [t, customer, options] = await Promise.all([
    getTranslations({ locale, namespace: "checkout" }),
    retrieveCustomer(),
    listCartShippingOptions(cart.id).catch(() => []),
  ])
  const errors = t.raw("errors") as Record<string, string>
  const districtName = (d: (typeof CHONGQING_DISTRICTS)[number]) =>
    locale === "en" ? d.en : d.zh

  const district = districtByCode(search.district)
  const lat = Number(search.lat)
  const lng = Number(search.lng)
  const located = Number.isFinite(lat) && Number.isFinite(lng) && search.lat
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

  // Per co-op: the option chosen and, for pickup, the point it goes to.
  const chosen = new Map<string, { optionId: string; pointId?: string }>()
  for (const method of cart.shipping_methods ?? []) {
    const option = options.find((o) => o.id === method.shipping_option_id)
    if (option?.vendor?.id) {
      const pointId = (method.data as Record<string, unknown> | undefined)
        ?.pickup_point_id
      chosen.set(option.vendor.id, {
        optionId: option.id,
        pointId: typeof pointId === "string" ? pointId : undefined,
      })
    }
  }
  const address = cart.shipping_address
  const hasContact = Boolean(cart.email && address?.phone)
  const allChosen = groups.every((g) => g.vendor && chosen.has(g.vendor.id))
  const originLabel = located
    ? t("originLocated")
    : district
      ? t("originDistrict", { district: districtName(district) })
      : t("originDefault")

  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="contact">
        <h2 id="contact">{t("contact")}</h2>
        <ActionForm
          action={saveContact}
          submitLabel={t("save")}
          pendingLabel="…"
          okLabel={t("saved")}
          errors={errors}
          testId="contact-form"
          submitTestId="save-contact"
        >
          <label htmlFor="email">{t("email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={cart.email ?? customer?.email ?? ""}
            data-testid="contact-email"
          />
          <label htmlFor="name">{t("name")}</label>
          <input
            id="name"
            name="name"
            autoComplete="name"
            required
            defaultValue={address?.first_name ?? customer?.first_name ?? ""}
            data-testid="contact-name"
          />
          <label htmlFor="phone">{t("phone")}</label>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            required
            defaultValue={address?.phone ?? customer?.phone ?? ""}
            data-testid="contact-phone"
          />
          <label htmlFor="district">{t("district")}</label>
          <select
            id="district"
            name="district"
            defaultValue={
              (address?.metadata?.district_code as string) ??
              district?.code ??
              ""
            }
          >
            <option value="">{t("districtNone")}</option>
            {CHONGQING_DISTRICTS.map((d) => (
              <option key={d.code} value={d.code}>
                {districtName(d)}
              </option>
            ))}
          </select>
          <label htmlFor="address">{t("address")}</label>
          <input
            id="address"
            name="address"
            autoComplete="street-address"
            defaultValue={
              address?.address_1 === PICKUP_ADDRESS_LINE
                ? ""
                : (address?.address_1 ?? "")
            }
          />
        </ActionForm>
      </section>

      <section aria-labelledby="delivery">
        <h2 id="delivery">{t("delivery")}</h2>
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
        {!hasContact ? <p className="muted">{t("needContact")}</p> : null}
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
            locale={locale}
            errors={errors}
          />
        ))}
      </section>

      <section aria-labelledby="payment">
        <h2 id="payment">{t("payment")}</h2>
        <dl className="summary" data-testid="checkout-summary">
          <dt>{t("itemsTotal")}</dt>
          <dd>{formatPrice(Number(cart.item_total ?? 0), locale)}</dd>
          <dt>{t("shippingTotal")}</dt>
          <dd>{formatPrice(Number(cart.shipping_total ?? 0), locale)}</dd>
          <dt>{t("grandTotal")}</dt>
          <dd>
            <strong className="price" data-testid="checkout-total">
              {formatPrice(Number(cart.total ?? 0), locale)}
            </strong>
          </dd>
        </dl>
        <ActionForm
          action={placeOrder}
          submitLabel={t("place")}
          pendingLabel={t("placing")}
          errors={errors}
          testId="payment-form"
          submitTestId="place-order"
          disabled={!hasContact || !allChosen}
        >
          <input type="hidden" name="locale" value={locale} />
          <fieldset className="plain-fieldset">
            <legend>{t("paymentMethod")}</legend>
            <label className="option">
              <input
                type="radio"
                name="provider_id"
                value="pp_system_default"
                defaultChecked
                data-testid="payment-system"
              />
              <span>{t("paymentSystem")}</span>
            </label>
          </fieldset>
          {!allChosen ? <p className="muted">{t("needDelivery")}</p> : null}
          <p className="muted">
            {t("oneOrderPerCoop", { count: groups.length })}
          </p>
        </ActionForm>
      </section>
    </>
  )
}
