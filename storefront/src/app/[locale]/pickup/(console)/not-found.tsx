import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { href } from "@lib/util/href"

/** A parcel that is not there, or not at this staff member's points. */
export default async function PickupNotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: "pickupConsole" })
  return (
    <section data-testid="pickup-not-found">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.lead")}</p>
      <p>
        <Link href={href(locale, "/pickup")} className="button">
          {t("notFound.back")}
        </Link>
      </p>
    </section>
  )
}
