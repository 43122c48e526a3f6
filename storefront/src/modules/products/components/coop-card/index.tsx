import Link from "@modules/common/components/shop-link"
import { getTranslations } from "next-intl/server"
import { href } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import { regionName } from "@lib/util/regions"
import type { VendorCard } from "../../../../types/catalogue"

/** The selling co-op's public card: who they are, where, and their other products. */
export default async function CoopCard({
  vendor,
  locale,
}: {
  vendor: VendorCard
  locale: string
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  const kind = await getTranslations({ locale, namespace: "vendorKind" })
  const about = [
    vendor.kind && kind.has(vendor.kind) ? kind(vendor.kind) : null,
    vendor.region_code
      ? t("coopRegion", { region: regionName(vendor.region_code, locale) })
      : null,
  ].filter(Boolean)
  return (
    <section
      aria-labelledby="coop"
      className="card coop-card"
      data-testid="coop-card"
      data-vendor={vendor.handle ?? ""}
    >
      <h2 id="coop">{t("coop")}</h2>
      <div className="coop-card-head">
        {vendor.logo ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={vendor.logo}
            alt=""
            width={56}
            height={56}
            loading="lazy"
            decoding="async"
          />
        ) : null}
        <p>
          <strong data-testid="coop-name">
            {(locale === "en" && vendor.name_en) || vendor.name}
          </strong>
          {about.length ? (
            <>
              <br />
              <span className="muted">{about.join(" · ")}</span>
            </>
          ) : null}
        </p>
      </div>
      {localized(vendor, "description", locale) ? (
        <p>{localized(vendor, "description", locale)}</p>
      ) : null}
      {vendor.handle ? (
        <Link
          href={href(locale, `/store?vendor=${vendor.handle}`)}
          data-testid="visit-coop"
        >
          {t("visitCoop")}
        </Link>
      ) : null}
    </section>
  )
}
