/**
 * The main-city districts of Chongqing with approximate centres (WGS-84,
 * ±5 km, unverified — the repository's data/origin/region-coordinates.json),
 * for the pickup-point picker when the browser gives no location.
 */
export const CHONGQING_DISTRICTS = [
  { code: "500103", zh: "渝中区", en: "Yuzhong", lat: 29.55, lng: 106.57 },
  { code: "500104", zh: "大渡口区", en: "Dadukou", lat: 29.48, lng: 106.48 },
  { code: "500105", zh: "江北区", en: "Jiangbei", lat: 29.6, lng: 106.57 },
  { code: "500106", zh: "沙坪坝区", en: "Shapingba", lat: 29.54, lng: 106.46 },
  { code: "500107", zh: "九龙坡区", en: "Jiulongpo", lat: 29.5, lng: 106.51 },
  { code: "500108", zh: "南岸区", en: "Nan'an", lat: 29.52, lng: 106.56 },
  { code: "500109", zh: "北碚区", en: "Beibei", lat: 29.81, lng: 106.4 },
  { code: "500112", zh: "渝北区", en: "Yubei", lat: 29.72, lng: 106.63 },
  { code: "500113", zh: "巴南区", en: "Banan", lat: 29.4, lng: 106.54 },
] as const

export function districtByCode(code: string | undefined) {
  return CHONGQING_DISTRICTS.find((d) => d.code === code)
}
