import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { login, logout, register } from "@lib/data/customer-actions"
import { retrieveCustomer } from "@lib/data/customer"
import { listCustomerOrders } from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import { href } from "@lib/util/href"
import { formatPrice } from "@lib/util/money"
import ActionForm from "@modules/common/components/action-form"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("title") }
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, status, customer] = await Promise.all([
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "status" }),
    retrieveCustomer(),
  ])
  const errors = (await getTranslations({ locale, namespace: "checkout" })).raw(
    "errors"
  ) as Record<string, string>
  if (!customer) {
    return (
      <>
        <h1>{t("title")}</h1>
        <div className="split">
          <section aria-labelledby="login" className="card">
            <h2 id="login">{t("login")}</h2>
            <ActionForm
              action={login}
              submitLabel={t("login")}
              pendingLabel="…"
              errors={errors}
              testId="login-form"
              submitTestId="login-submit"
            >
              <input type="hidden" name="locale" value={locale} />
              <label htmlFor="login-email">{t("email")}</label>
              <input
                id="login-email"
                name="email"
                type="email"
                autoComplete="email"
                required
                data-testid="login-email"
              />
              <label htmlFor="login-password">{t("password")}</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                data-testid="login-password"
              />
            </ActionForm>
          </section>
          <section aria-labelledby="register" className="card">
            <h2 id="register">{t("register")}</h2>
            <ActionForm
              action={register}
              submitLabel={t("register")}
              pendingLabel="…"
              errors={errors}
              testId="register-form"
              submitTestId="register-submit"
            >
              <input type="hidden" name="locale" value={locale} />
              <label htmlFor="reg-last">{t("lastName")}</label>
              <input
                id="reg-last"
                name="last_name"
                autoComplete="family-name"
                required
              />
              <label htmlFor="reg-first">{t("firstName")}</label>
              <input
                id="reg-first"
                name="first_name"
                autoComplete="given-name"
                required
              />
              <label htmlFor="reg-email">{t("email")}</label>
              <input
                id="reg-email"
                name="email"
                type="email"
                autoComplete="email"
                required
              />
              <label htmlFor="reg-phone">{t("phone")}</label>
              <input
                id="reg-phone"
                name="phone"
                type="tel"
                autoComplete="tel"
              />
              <label htmlFor="reg-password">{t("password")}</label>
              <input
                id="reg-password"
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={8}
                required
              />
            </ActionForm>
          </section>
        </div>
      </>
    )
  }
  const orders = await listCustomerOrders()
  const name =
    [customer.last_name, customer.first_name].filter(Boolean).join("") ||
    customer.email
  return (
    <>
      <h1>{t("hello", { name })}</h1>
      <form action={logout}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="secondary" data-testid="logout">
          {t("logout")}
        </button>
      </form>
      <h2>{t("orders")}</h2>
      {orders.length ? (
        <ul className="plain" data-testid="order-list">
          {orders.map((order) => (
            <li
              key={order.id}
              className="card"
              style={{ marginBottom: "0.5rem" }}
              data-testid="order-row"
            >
              <p style={{ margin: 0 }}>
                <strong>{t("order", { id: order.display_id })}</strong> ·{" "}
                {order.vendor?.name}
              </p>
              <p className="muted" style={{ margin: 0 }}>
                {t("placed", { date: formatDate(order.created_at, locale) })} ·{" "}
                {t("status")}：
                {status.has(order.status) ? status(order.status) : order.status}
                {order.fulfillment_status &&
                status.has(order.fulfillment_status)
                  ? ` · ${status(order.fulfillment_status)}`
                  : ""}
              </p>
              <p style={{ margin: 0 }}>
                <span className="price">
                  {formatPrice(order.total, locale)}
                </span>{" "}
                ·{" "}
                <Link
                  href={href(locale, `/account/orders/${order.id}`)}
                  data-testid="order-details"
                >
                  {t("details")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noOrders")}</p>
      )}
    </>
  )
}
