import type { Metadata } from "next"
import Link from "@modules/common/components/shop-link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { login, logout, register } from "@lib/data/customer-actions"
import { retrieveCustomer } from "@lib/data/customer"
import {
  englishNames,
  listCustomerOrders,
  orderCoopName,
  type StoreOrder,
} from "@lib/data/orders"
import { formatDate, formatDateTime } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { formatCnMobile } from "@lib/util/phone"
import { formatPrice } from "@lib/util/money"
import OrderStatus from "@modules/account/components/order-status"
import VerifyEmailCard from "@modules/account/components/verify-email-card"
import ActionForm from "@modules/common/components/action-form"
import FormField from "@modules/common/components/form-field"
import PhoneSignIn, {
  type PhoneSignInLabels,
} from "@modules/account/components/phone-sign-in"
import SignInTabs from "@modules/account/components/sign-in-tabs"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("title") }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, customer] = await Promise.all([
    getTranslations({ locale, namespace: "account" }),
    retrieveCustomer(),
  ])
  const errors = (await getTranslations({ locale, namespace: "checkout" })).raw(
    "errors"
  ) as Record<string, string>
  if (!customer) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="muted">
          {t("guestLookup")}{" "}
          <Link
            href={href(locale, "/order/lookup")}
            data-testid="account-lookup"
          >
            {t("guestLookupLink")}
          </Link>
        </p>
        <div className="split">
          <section aria-labelledby="login-title" className="card">
            <h2 id="login-title">{t("login")}</h2>
            <SignInTabs
              tabs={[
                {
                  id: "phone",
                  label: t("phoneSignIn.tab"),
                  panel: (
                    <PhoneSignIn
                      locale={locale}
                      labels={t.raw("phoneSignIn") as PhoneSignInLabels}
                    />
                  ),
                },
                {
                  id: "password",
                  label: t("passwordTab"),
                  panel: (
                    <ActionForm
                      action={login}
                      id="login"
                      submitLabel={t("login")}
                      pendingLabel="…"
                      errors={errors}
                      testId="login-form"
                      submitTestId="login-submit"
                      noValidate
                    >
                      <input type="hidden" name="locale" value={locale} />
                      <FormField
                        name="email"
                        label={t("email")}
                        type="email"
                        autoComplete="email"
                        required
                        testId="login-email"
                      />
                      <FormField
                        name="password"
                        label={t("password")}
                        type="password"
                        autoComplete="current-password"
                        required
                        testId="login-password"
                      />
                    </ActionForm>
                  ),
                },
              ]}
            />
          </section>
          <section aria-labelledby="register-title" className="card">
            <h2 id="register-title">{t("register")}</h2>
            <ActionForm
              action={register}
              id="register"
              submitLabel={t("register")}
              pendingLabel="…"
              errors={errors}
              testId="register-form"
              submitTestId="register-submit"
              noValidate
            >
              <input type="hidden" name="locale" value={locale} />
              <FormField
                name="last_name"
                label={t("lastName")}
                autoComplete="family-name"
                required
                testId="register-last-name"
              />
              <FormField
                name="first_name"
                label={t("firstName")}
                autoComplete="given-name"
                required
                testId="register-first-name"
              />
              <FormField
                name="email"
                label={t("email")}
                type="email"
                autoComplete="email"
                required
                testId="register-email"
              />
              <FormField
                name="phone"
                label={t("phone")}
                type="tel"
                autoComplete="tel"
                inputMode="tel"
                testId="register-phone"
              />
              <FormField
                name="password"
                label={t("password")}
                type="password"
                autoComplete="new-password"
                minLength={8}
                required
                testId="register-password"
              />
            </ActionForm>
          </section>
        </div>
      </>
    )
  }
  const orders = await listCustomerOrders()
  const names = await englishNames(orders, locale)
  const name =
    [customer.last_name, customer.first_name].filter(Boolean).join("") ||
    customer.email ||
    (customer.phone ? formatCnMobile(customer.phone) : "")
  // One card per order group (one checkout), its co-op orders inside.
  const groups = new Map<string, StoreOrder[]>()
  for (const order of orders) {
    const key = order.order_group?.id ?? order.id
    groups.set(key, [...(groups.get(key) ?? []), order])
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.display_id - b.display_id)
  }
  return (
    <>
      <div className="title-row">
        <h1>{t("hello", { name })}</h1>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="secondary" data-testid="logout">
            {t("logout")}
          </button>
        </form>
      </div>
      <VerifyEmailCard
        customer={customer}
        locale={locale}
        moved={(await searchParams).verified}
      />
      <h2>{t("orders")}</h2>
      {orders.length ? (
        <ul className="plain" data-testid="order-list">
          {[...groups.values()].map((group) => (
            <li
              key={group[0].order_group?.id ?? group[0].id}
              className="card order-group"
              data-testid="order-group-card"
            >
              <h3>
                {group[0].order_group
                  ? t("group", { id: group[0].order_group.display_id })
                  : t("order", { id: group[0].display_id })}
                <span className="muted">
                  {" · "}
                  {t("placed", {
                    date: formatDate(group[0].created_at, locale),
                  })}
                </span>
              </h3>
              <ul className="plain">
                {group.map((order) => (
                  <li
                    key={order.id}
                    className="order-row"
                    data-testid="order-row"
                    data-order-id={order.id}
                  >
                    <p className="order-row-head">
                      <strong>{t("order", { id: order.display_id })}</strong>
                      <OrderStatus order={order} locale={locale} />
                    </p>
                    <p className="muted">{orderCoopName(order, names)}</p>
                    {order.pickup ? (
                      <p data-testid="order-row-pickup">
                        {t("pickupAtPoint", {
                          point: localized(order.pickup.point, "name", locale),
                        })}
                        {order.pickup.code ? (
                          <>
                            <br />
                            <strong data-testid="order-row-code">
                              {t("codeShort", { code: order.pickup.code })}
                            </strong>
                          </>
                        ) : null}
                        {order.pickup.code &&
                        order.pickup.parcel?.deadline_at ? (
                          <>
                            <br />
                            <span className="muted">
                              {t("deadline", {
                                date: formatDateTime(
                                  order.pickup.parcel.deadline_at,
                                  locale
                                ),
                              })}
                            </span>
                          </>
                        ) : null}
                      </p>
                    ) : null}
                    <p className="order-row-foot">
                      <span className="price">
                        {formatPrice(order.total, locale)}
                      </span>
                      <Link
                        href={href(locale, `/account/orders/${order.id}`)}
                        data-testid="order-details"
                        aria-label={t("detailsOf", { id: order.display_id })}
                      >
                        {t("details")}
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t("noOrders")}{" "}
          <Link href={href(locale, "/store")}>{t("startShopping")}</Link>
        </p>
      )}
    </>
  )
}
