/** Public brand fields; holder and GI number are printed on packaging anyway. */
export const STORE_BRAND_FIELDS = [
  "id",
  "handle",
  "type",
  "name_zh",
  "name_en",
  "gi_number",
  "holder",
  "harvest_months",
  "region_codes",
]

export const STORE_BRAND_DETAIL_FIELDS = [
  ...STORE_BRAND_FIELDS,
  "story_zh",
  "story_en",
  "verification_notes",
  "authorizations.vendor_id",
  "authorizations.valid_from",
  "authorizations.valid_to",
]
