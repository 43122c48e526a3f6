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
import { DEFAULT_ORIGIN, listPickupPoints } from "@lib/data/pickup-points"
import { CHONGQING_DISTRICTS, districtByCode } from "@lib/util/districts"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import LocateButton from "@modules/checkout/components/locate-button"
import CoopDelivery, { optionZone } from "@modules/checkout/templates/delivery"
import ActionForm from "@modules/common/components/action-form"
import type { PickupPoint } from "../../../types/catalogue"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "checkout" })
  return { title: t("title") }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const search = await searchParams
  const { cart, groups } = await retrieveCartByCoop()
  if (!cart || !groups.length) {
    redirect(href(locale, "/cart"))
  }
  const [t, customer, options] = await Promise.all([
    getTranslations({ locale, namespace: "checkout" }),
    retrieveCustomer(),
    listCartShippingOptions(cart.id).catch(() => []),
  ])
  const errors = t.raw("errors") as Record<string, string>

  const district = districtByCode(search.district)
  const lat = Number(search.lat)
  const lng = Number(search.lng)
  const origin =
    Number.isFinite(lat) && Number.isFinite(lng) && search.lat
      ? { lat, lng }
      : (district ?? DEFAULT_ORIGIN)
  const zones = [...new Set(options.filter(isPickupOption).map(optionZone))]
  const pointsByZone: Record<string, PickupPoint[]> = Object.fromEntries(
    await Promise.all(
      zones.map(
        async (zone) =>
          [zone, await listPickupPoints({ ...origin, zone })] as const
      )
    )
  )

  const chosen = new Map<string, string>()
  for (const method of cart.shipping_methods ?? []) {
    const option = options.find((o) => o.id === method.shipping_option_id)
    if (option?.vendor?.id) {
      chosen.set(option.vendor.id, option.id)
    }
  }
  const address = cart.shipping_address
  const hasContact = Boolean(cart.email && address?.phone)
  const allChosen = groups.every((g) => g.vendor && chosen.has(g.vendor.id))

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
            <option value="">—</option>
            {CHONGQING_DISTRICTS.map((d) => (
              <option key={d.code} value={d.code}>
                {locale === "en" ? d.en : d.zh}
              </option>
            ))}
          </select>
          <label htmlFor="address">{t("address")}</label>
          <input
            id="address"
            name="address"
            autoComplete="street-address"
            defaultValue={address?.address_1 ?? ""}
          />
        </ActionForm>
      </section>

      <section aria-labelledby="delivery">
        <h2 id="delivery">{t("delivery")}</h2>
        {zones.length ? (
          <div className="card" style={{ marginBottom: "1rem" }}>
            <Suspense>
              <LocateButton
                label={t("useLocation")}
                locating={t("locating")}
                denied={t("locationDenied")}
              />
            </Suspense>
            <form method="get" className="row">
              <label htmlFor="near">{t("orDistrict")}</label>
              <select
                id="near"
                name="district"
                defaultValue={district?.code ?? ""}
                style={{ maxWidth: "12rem" }}
              >
                {CHONGQING_DISTRICTS.map((d) => (
                  <option key={d.code} value={d.code}>
                    {locale === "en" ? d.en : d.zh}
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
              group.vendor ? chosen.get(group.vendor.id) : undefined
            }
            pointsByZone={pointsByZone}
            locale={locale}
            errors={errors}
          />
        ))}
      </section>

      <section aria-labelledby="payment">
        <h2 id="payment">{t("payment")}</h2>
        <p>
          <strong className="price" data-testid="checkout-total">
            {formatPrice(Number(cart.total ?? 0), locale)}
          </strong>
        </p>
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
          <label className="option">
            <input
              type="radio"
              name="provider_id"
              value="pp_system_default"
              defaultChecked
            />
            <span>{t("paymentSystem")}</span>
          </label>
          {!allChosen ? <p className="muted">{t("needDelivery")}</p> : null}
        </ActionForm>
      </section>
    </>
  )
}
