import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { StaffParcel } from "@lib/data/pickup-staff-types"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import HandoverForm from "../components/handover-form"
import ReceiveButton from "../components/receive-button"
import UnlockForm from "../components/unlock-form"
import ParcelHistory from "../components/parcel-history"
import { sayLeft, sayWhen, type T } from "../lib/format"
import { HANDOVER_STATUSES } from "../lib/parcels"
import { returnAt, shanghaiClock } from "../lib/time"
import s from "../console.module.css"

const MAX_ATTEMPTS = 5

/**
 * One parcel: what was just done to it (the compartment to put it in, or
 * the one to take it from, shown large), its facts, and the next action:
 * receive it, or check the customer's code. A locked parcel tells staff to
 * ask the manager, and shows the manager the unlock.
 */
export default async function ParcelDetail({
  parcel,
  locale,
  done,
  isManager,
}: {
  parcel: StaffParcel
  locale: string
  done: "received" | "handed_over" | "unlocked" | null
  /** Whether the signed-in staff member manages the parcel's point. */
  isManager: boolean
}) {
  const t = (await getTranslations({
    locale,
    namespace: "pickupConsole",
  })) as unknown as T
  const now = new Date()
  const order = parcel.order
  const lockedUntil =
    parcel.locked_until && new Date(parcel.locked_until) > now
      ? new Date(parcel.locked_until)
      : null
  const canHandOver = HANDOVER_STATUSES.includes(parcel.status)
  const left =
    parcel.deadline_at && canHandOver
      ? sayLeft(t, parcel.deadline_at, now)
      : null
  const home = href(locale, "/pickup")
  return (
    <article
      data-testid="pickup-parcel-page"
      data-status={parcel.status}
      data-parcel-id={parcel.id}
    >
      <p>
        <Link href={`${home}?status=${parcel.status}`}>
          ← {t("parcel.back")}
        </Link>
      </p>

      {done === "received" && parcel.status === "ready_for_pickup" ? (
        <section
          className={`${s.banner} ${s.bannerOk}`}
          role="status"
          data-testid="pickup-received"
        >
          <p className={s.bannerTitle}>{t("receive.done")}</p>
          <p>{t("receive.compartmentLead")}</p>
          <p className={s.giant} data-testid="pickup-compartment">
            {parcel.compartment}
          </p>
          <p>{t(`parcel.zone.${parcel.zone}`)}</p>
          <p className={s.bannerTitle}>
            {t("receive.deadline", {
              when: sayWhen(t, parcel.deadline_at, now, locale),
            })}
          </p>
          <p className={s.muted}>{t("receive.notified")}</p>
          <p>
            <Link
              href={`${home}?status=awaiting_arrival`}
              className={`button ${s.big}`}
              data-testid="pickup-receive-next"
            >
              {t("receive.next")}
            </Link>
          </p>
        </section>
      ) : null}

      {done === "handed_over" && parcel.status === "picked_up" ? (
        <section
          className={`${s.banner} ${s.bannerOk}`}
          role="status"
          data-testid="pickup-handed-over"
        >
          <p className={s.bannerTitle}>✓ {t("handover.done")}</p>
          <p>{t("handover.doneLead")}</p>
          <p className={s.giant} data-testid="pickup-compartment">
            {parcel.compartment}
          </p>
          <p>
            {order?.customer_name ?? ""}
            {order?.phone_last4
              ? ` · ${t("parcel.phoneTail", { tail: order.phone_last4 })}`
              : ""}
          </p>
        </section>
      ) : null}

      {done === "unlocked" && !lockedUntil && canHandOver ? (
        <section
          className={`${s.banner} ${s.bannerOk}`}
          role="status"
          data-testid="pickup-unlocked"
        >
          <p className={s.bannerTitle}>✓ {t("unlock.done")}</p>
        </section>
      ) : null}

      <header className={s.detailHead}>
        <div
          className={`${s.compartment} ${s.compartmentLarge} ${s[`zone_${parcel.zone}`] ?? ""}`}
          data-testid="pickup-parcel-compartment-tile"
        >
          {parcel.compartment ?? "—"}
          <small>{t(`parcel.zone.${parcel.zone}`)}</small>
        </div>
        <div>
          <h1>
            {order?.display_id != null
              ? t("parcel.order", { id: order.display_id })
              : t("parcel.noOrder")}
          </h1>
          <span
            className={`${s.status} ${s[`status_${parcel.status}`] ?? ""}`}
            data-testid="pickup-parcel-status"
          >
            {t(`tabs.${parcel.status}`)}
          </span>
        </div>
      </header>

      <div className={s.detailGrid}>
        <section className={s.panel} aria-labelledby="pickup-facts">
          <h2 id="pickup-facts">{t("parcel.details")}</h2>
          <dl className={s.facts}>
            <dt>{t("parcel.compartment")}</dt>
            <dd data-testid="pickup-parcel-compartment">
              {parcel.compartment ?? t("parcel.noCompartment")} ·{" "}
              {t(`parcel.zone.${parcel.zone}`)}
            </dd>
            <dt>{t("parcel.customer")}</dt>
            <dd>
              {order?.customer_name ?? "—"}
              {order?.phone_last4
                ? ` · ${t("parcel.phoneTail", { tail: order.phone_last4 })}`
                : ""}
            </dd>
            <dt>{t("parcel.coop")}</dt>
            <dd>{parcel.vendor?.name ?? "—"}</dd>
            <dt>{t("parcel.items", { count: order?.item_count ?? 0 })}</dt>
            <dd>
              <ul className="plain">
                {(order?.items ?? []).map((item, i) => (
                  <li key={i}>
                    {item.title}
                    {item.variant_title
                      ? ` · ${item.variant_title}`
                      : ""} × {item.quantity}
                  </li>
                ))}
              </ul>
            </dd>
            {parcel.point ? (
              <>
                <dt>{t("parcel.point")}</dt>
                <dd>{localized(parcel.point, "name", locale)}</dd>
              </>
            ) : null}
            {parcel.status === "awaiting_arrival" ? (
              <>
                <dt>{t("parcel.eta")}</dt>
                <dd>{sayWhen(t, parcel.eta, now, locale)}</dd>
              </>
            ) : null}
            {parcel.ready_at ? (
              <>
                <dt>{t("parcel.readyAt")}</dt>
                <dd>{sayWhen(t, parcel.ready_at, now, locale)}</dd>
              </>
            ) : null}
            {parcel.deadline_at ? (
              <>
                <dt>{t("parcel.deadline")}</dt>
                <dd data-testid="pickup-parcel-deadline">
                  {sayWhen(t, parcel.deadline_at, now, locale)}
                  {left ? (
                    <>
                      {" · "}
                      <span className={s[`due_${left.state}`]}>
                        {left.text}
                      </span>
                    </>
                  ) : null}
                </dd>
              </>
            ) : null}
            {parcel.status === "overdue" && parcel.deadline_at ? (
              <>
                <dt>{t("parcel.returnAt")}</dt>
                <dd className={s.due_overdue}>
                  {sayWhen(
                    t,
                    returnAt(
                      parcel.deadline_at,
                      parcel.point?.overdue_grace_hours
                    ),
                    now,
                    locale
                  )}
                </dd>
              </>
            ) : null}
            {parcel.picked_up_at ? (
              <>
                <dt>{t("parcel.pickedUpAt")}</dt>
                <dd>{sayWhen(t, parcel.picked_up_at, now, locale)}</dd>
              </>
            ) : null}
            {parcel.returned_at ? (
              <>
                <dt>{t("parcel.returnedAt")}</dt>
                <dd>{sayWhen(t, parcel.returned_at, now, locale)}</dd>
              </>
            ) : null}
          </dl>
        </section>

        {parcel.status === "awaiting_arrival" ? (
          <section className={s.panel}>
            <ReceiveButton
              locale={locale}
              parcelId={parcel.id}
              label={t("receive.button")}
              pendingLabel={t("receive.pending")}
            />
          </section>
        ) : null}

        {canHandOver ? (
          <section className={s.panel} aria-labelledby="pickup-handover">
            <h2 id="pickup-handover">{t("handover.title")}</h2>
            {parcel.status === "overdue" ? (
              <p className={s.warn}>{t("overdueGuide.step1")}</p>
            ) : null}
            {parcel.failed_attempts > 0 && !lockedUntil ? (
              <p className={s.warn} data-testid="pickup-attempts">
                {t("parcel.attempts", {
                  count: parcel.failed_attempts,
                  left: Math.max(MAX_ATTEMPTS - parcel.failed_attempts, 0),
                })}
              </p>
            ) : null}
            {lockedUntil ? (
              <div data-testid="pickup-locked">
                <p className={s.alert}>
                  {t("parcel.lockedUntil", {
                    time: shanghaiClock(lockedUntil, locale),
                  })}
                </p>
                {isManager ? null : (
                  <p className={s.guide} data-testid="pickup-locked-guide">
                    {t("unlock.staffGuide", {
                      time: shanghaiClock(lockedUntil, locale),
                    })}
                  </p>
                )}
              </div>
            ) : null}
            <HandoverForm
              locale={locale}
              parcelId={parcel.id}
              locked={Boolean(lockedUntil)}
              text={{
                codeLabel: t("handover.codeLabel"),
                codeHint: t("handover.codeHint"),
                submit: t("handover.submit"),
                pending: t("handover.pending"),
              }}
            />
            <p>
              <Link href={href(locale, "/pickup/scan")}>
                {t("handover.scanInstead")}
              </Link>
            </p>
            {lockedUntil && isManager ? (
              <UnlockForm
                locale={locale}
                parcelId={parcel.id}
                text={{
                  title: t("unlock.title"),
                  lead: t("unlock.managerLead"),
                  reasonLabel: t("unlock.reasonLabel"),
                  reasonHint: t("unlock.reasonHint"),
                  submit: t("unlock.submit"),
                  pending: t("unlock.pending"),
                }}
              />
            ) : null}
          </section>
        ) : null}

        {parcel.status === "returned" ? (
          <p className={s.guide}>{t("returnedGuide")}</p>
        ) : null}

        {parcel.events?.length ? (
          <ParcelHistory events={parcel.events} locale={locale} />
        ) : null}
      </div>
    </article>
  )
}
