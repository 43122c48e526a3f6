import { getTranslations } from "next-intl/server"
import { forgetLookup, lookUpOrder } from "@lib/data/order-lookup-actions"
import { lastLookup, lookupOrder } from "@lib/data/order-lookup"
import { formatDate } from "@lib/util/dates"
import PickupCard from "@modules/account/components/pickup-card"
import ActionForm from "@modules/common/components/action-form"

/**
 * The lookup form, or, when this browser has just looked an order up (its
 * cookie), that order: status, lines, co-op and the pickup card with the
 * code and QR once the parcel is at the point.
 */
export default async function OrderLookupTemplate({
  locale,
  order,
}: {
  locale: string
  order?: string
}) {
  const t = await getTranslations({ locale, namespace: "lookup" })
  const status = await getTranslations({ locale, namespace: "status" })
  const account = await getTranslations({ locale, namespace: "account" })
  const last = await lastLookup()
  const result =
    last && (!order || order === String(last.display_id))
      ? await lookupOrder(last)
      : null
  const found = result && "order" in result ? result.order : null
  if (found) {
    // As the account's order status: the parcel once there is one.
    const stage =
      found.status === "canceled"
        ? "canceled"
        : (found.pickup?.parcel?.status ??
          (found.status === "completed" ? "completed" : "not_fulfilled"))
    return (
      <section aria-labelledby="lookup-title" data-testid="lookup-result">
        <h1 id="lookup-title">{account("order", { id: found.display_id })}</h1>
        <p className="muted">
          {found.vendor ? `${found.vendor.name} · ` : ""}
          {account("placed", { date: formatDate(found.created_at, locale) })}
        </p>
        <p>
          <span
            className="badge"
            data-testid="lookup-status"
            data-stage={stage}
          >
            {status.has(stage) ? status(stage) : stage}
          </span>
        </p>
        <section className="card" aria-label={account("items")}>
          <ul className="order-items">
            {found.items.map((item, i) => (
              <li key={i}>
                {item.subtitle && item.subtitle !== item.title
                  ? account("itemWithVariant", {
                      title: item.title,
                      variant: item.subtitle,
                      quantity: item.quantity,
                    })
                  : account("item", {
                      title: item.title,
                      quantity: item.quantity,
                    })}
              </li>
            ))}
          </ul>
        </section>
        {found.pickup ? (
          <PickupCard
            pickup={found.pickup}
            locale={locale}
            cancelled={found.status === "canceled"}
          />
        ) : null}
        <form action={forgetLookup}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="secondary"
            data-testid="lookup-again"
          >
            {t("another")}
          </button>
        </form>
      </section>
    )
  }
  const errors = t.raw("errors") as Record<string, string>
  return (
    <section aria-labelledby="lookup-title" className="narrow">
      <h1 id="lookup-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="card">
        <ActionForm
          action={lookUpOrder}
          submitLabel={t("submit")}
          pendingLabel="…"
          errors={errors}
          testId="lookup-form"
          submitTestId="lookup-submit"
        >
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="lookup-order">{t("order")}</label>
          <input
            id="lookup-order"
            name="order"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={order ?? ""}
            required
            data-testid="lookup-order"
          />
          <label htmlFor="lookup-tail">{t("tail")}</label>
          <input
            id="lookup-tail"
            name="tail"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            required
            aria-describedby="lookup-tail-hint"
            data-testid="lookup-tail"
          />
          <p id="lookup-tail-hint" className="muted">
            {t("tailHint")}
          </p>
        </ActionForm>
      </div>
    </section>
  )
}
