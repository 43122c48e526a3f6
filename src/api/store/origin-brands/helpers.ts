import type { MedusaContainer } from "@medusajs/framework/types"
import { regionLabels } from "../catalogue/helpers"

/** A brand's region codes with their names. */
export async function brandRegions(scope: MedusaContainer, codes: string[]) {
  const labels = await regionLabels(scope)
  return (codes ?? []).map((code) => ({
    code,
    name_zh: labels.get(code)?.name_zh ?? null,
    name_en: labels.get(code)?.name_en ?? null,
  }))
}
