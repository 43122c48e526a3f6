import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { listStaffParcels, type PickupSession } from "@lib/data/pickup-staff"
import type { ParcelStatus, StaffParcel } from "@lib/data/pickup-staff-types"
import { href } from "@lib/util/href"
import ParcelCard from "../components/parcel-card"
import type { T } from "../lib/format"
import { shanghaiClock } from "../lib/time"
import {
  ACTIVE_STATUSES,
  apiOrderFor,
  groupParcelsByStatus,
  PARCEL_STATUSES,
  sortForStatus,
} from "../lib/parcels"
import s from "../console.module.css"

const PAGE = 50

/**
 * The console's home: find a parcel, the two counter jobs (scan a customer's
 * QR, receive deliveries), then the parcels of one status, most urgent first.
 * With a search, the matches of every status, grouped.
 */
export default async function ParcelList({
  locale,
  session,
  status,
  q,
  page,
  counts,
}: {
  locale: string
  session: PickupSession
  status: ParcelStatus
  q: string
  page: number
  counts: Record<string, number>
}) {
  const t = (await getTranslations({
    locale,
    namespace: "pickupConsole",
  })) as unknown as T
  const now = new Date()
  const home = href(locale, "/pickup")
  const result = q
    ? await listStaffParcels(session, { q, limit: 100 })
    : await listStaffParcels(session, {
        status,
        order: apiOrderFor(status),
        limit: PAGE,
        offset: (page - 1) * PAGE,
      })
  const tabHref = (s: ParcelStatus) => `${home}?status=${s}`
  return (
    <>
      <form
        method="get"
        action={home}
        role="search"
        data-testid="pickup-search"
      >
        <label htmlFor="pickup-q">{t("home.searchLabel")}</label>
        <div className={s.search}>
          <input
            id="pickup-q"
            name="q"
            type="search"
            inputMode="search"
            enterKeyHint="search"
            autoComplete="off"
            defaultValue={q}
            aria-describedby="pickup-q-hint"
            data-testid="pickup-search-input"
          />
          <button type="submit" data-testid="pickup-search-submit">
            {t("home.search")}
          </button>
        </div>
        <p id="pickup-q-hint" className={s.hint}>
          {t("home.searchHint")}
          {q ? (
            <>
              {" · "}
              <Link href={home}>{t("home.clear")}</Link>
            </>
          ) : null}
        </p>
      </form>

      <div className={s.quick}>
        <Link
          href={href(locale, "/pickup/scan")}
          className={s.tile}
          data-testid="pickup-quick-scan"
        >
          {t("home.scan")}
          <small>{t("home.scanHint")}</small>
        </Link>
        <Link
          href={tabHref("awaiting_arrival")}
          className={`${s.tile} ${s.tileSecondary}`}
          data-testid="pickup-quick-receive"
        >
          {t("home.receive")}
          <small>
            {t("home.receiveHint", { count: counts.awaiting_arrival ?? 0 })}
          </small>
        </Link>
      </div>

      {q ? (
        <SearchResults
          parcels={result.parcels}
          q={q}
          locale={locale}
          now={now}
          t={t}
        />
      ) : (
        <>
          <nav aria-label={t("tabs.label")}>
            <ul className={s.tabs}>
              {PARCEL_STATUSES.map((tab) => (
                <li key={tab}>
                  <Link
                    href={tabHref(tab)}
                    aria-current={tab === status ? "page" : undefined}
                    data-testid={`pickup-tab-${tab}`}
                  >
                    {t(`tabs.${tab}`)}
                    {ACTIVE_STATUSES.includes(tab) ? (
                      <span
                        className={`${s.count} ${tab === "overdue" && counts[tab] ? s.countAlert : ""}`}
                        data-testid={`pickup-count-${tab}`}
                      >
                        {counts[tab] ?? 0}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {status === "overdue" ? (
            <section className={s.guide} data-testid="pickup-overdue-guide">
              <h2>{t("overdueGuide.title")}</h2>
              <ol>
                <li>{t("overdueGuide.step1")}</li>
                <li>{t("overdueGuide.step2")}</li>
                <li>{t("overdueGuide.step3")}</li>
              </ol>
            </section>
          ) : status === "returned" ? (
            <p className={s.guide}>{t("returnedGuide")}</p>
          ) : null}
          <p className={s.muted}>
            {t("home.count", { count: result.count })} ·{" "}
            {t("home.updated", { time: shanghaiClock(now, locale) })} ·{" "}
            <Link href={tabHref(status)}>{t("home.refresh")}</Link>
          </p>
          {result.parcels.length ? (
            <ul className={s.list} data-testid="pickup-parcel-list">
              {sortForStatus(status, result.parcels).map((parcel) => (
                <ParcelCard
                  key={parcel.id}
                  parcel={parcel}
                  locale={locale}
                  now={now}
                  t={t}
                />
              ))}
            </ul>
          ) : (
            <p className={s.empty} data-testid="pickup-empty">
              {t(`empty.${status}`)}
            </p>
          )}
          {result.count > page * PAGE ? (
            <p className={s.pager}>
              <Link
                href={`${tabHref(status)}&page=${page + 1}`}
                className="button secondary"
              >
                {t("home.more", { count: result.count - page * PAGE })}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </>
  )
}

function SearchResults({
  parcels,
  q,
  locale,
  now,
  t,
}: {
  parcels: StaffParcel[]
  q: string
  locale: string
  now: Date
  t: T
}) {
  const groups = groupParcelsByStatus(parcels)
  return (
    <section aria-labelledby="pickup-results" data-testid="pickup-results">
      <h1 id="pickup-results">{t("home.results", { q })}</h1>
      {parcels.length ? (
        PARCEL_STATUSES.filter((st) => groups[st].length).map((st) => (
          <section key={st} aria-labelledby={`pickup-results-${st}`}>
            <h2 id={`pickup-results-${st}`}>
              {t(`tabs.${st}`)}{" "}
              <span className={s.count}>{groups[st].length}</span>
            </h2>
            <ul className={s.list} data-testid="pickup-parcel-list">
              {groups[st].map((parcel) => (
                <ParcelCard
                  key={parcel.id}
                  parcel={parcel}
                  locale={locale}
                  now={now}
                  t={t}
                />
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p className={s.empty} data-testid="pickup-empty">
          {t("home.noResults")}
        </p>
      )}
    </section>
  )
}
