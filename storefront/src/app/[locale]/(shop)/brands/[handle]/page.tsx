import type { Metadata } from "next"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import { retrieveOriginBrand } from "@lib/data/brands"
import { decodeSegment } from "@lib/util/href"
import { localized } from "@lib/util/localized"
import BrandTemplate from "@modules/brands/templates"

type Props = { params: Promise<{ locale: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle: segment } = await params
  const handle = decodeSegment(segment)
  const detail = await retrieveOriginBrand(handle)
  return detail
    ? {
        title: localized(detail.origin_brand, "name", locale),
        description: localized(detail.origin_brand, "story", locale).slice(
          0,
          160
        ),
      }
    : {}
}

export default async function BrandPage({ params }: Props) {
  const { locale, handle: segment } = await params
  const handle = decodeSegment(segment)
  setRequestLocale(locale)
  const detail = await retrieveOriginBrand(handle)
  if (!detail) {
    notFound()
  }
  return <BrandTemplate detail={detail} locale={locale} />
}
