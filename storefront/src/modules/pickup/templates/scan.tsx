import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { href } from "@lib/util/href"
import QrScanner from "../components/qr-scanner"
import s from "../console.module.css"

const KEYS = [
  "start",
  "stop",
  "starting",
  "scanning",
  "checking",
  "denied",
  "unsupported",
  "notOurs",
  "video",
  "wedgeLabel",
  "wedgeSubmit",
] as const

/** Scan to hand over: the camera (loaded only here), a scanner gun, and the way back to code entry. */
export default async function ScanTemplate({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  const text = Object.fromEntries(
    KEYS.map((k) => [k, t(`scan.${k}`)])
  ) as Record<(typeof KEYS)[number], string>
  return (
    <article data-testid="pickup-scan-page">
      <h1>{t("scan.title")}</h1>
      <p>{t("scan.lead")}</p>
      <section className={s.panel}>
        <QrScanner locale={locale} text={text} />
      </section>
      <section className={s.panel}>
        <p>{t("scan.noCamera")}</p>
        <p>
          <Link href={href(locale, "/pickup")} className="button secondary">
            {t("scan.findParcel")}
          </Link>
        </p>
      </section>
    </article>
  )
}
