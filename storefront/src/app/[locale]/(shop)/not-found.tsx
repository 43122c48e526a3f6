import Link from "@modules/common/components/shop-link"
import { getLocale, getTranslations } from "next-intl/server"
import { href } from "@lib/util/href"

export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: "common" })
  return (
    <section>
      <h1>{t("notFound")}</h1>
      <Link href={href(locale, "/")}>{t("backHome")}</Link>
    </section>
  )
}
