import type { CatalogueProductsChangedData } from "../../catalogue/events"

type Subject = { subject_type: string; subject_id: string }

/** The catalogue event payload for certificates, by their subjects. */
export function certificationsChanged(
  certs: (Subject & { id: string })[]
): CatalogueProductsChangedData {
  const of = (type: string) =>
    certs.filter((c) => c.subject_type === type).map((c) => c.subject_id)
  const data: CatalogueProductsChangedData = {
    certification_ids: certs.map((c) => c.id),
  }
  if (of("product").length) {
    data.product_ids = of("product")
  }
  if (of("vendor").length) {
    data.vendor_ids = of("vendor")
  }
  return data
}
