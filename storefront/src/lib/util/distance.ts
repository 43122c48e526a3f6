/** "440 米" / "440 m" under a kilometre, "2.3 公里" / "2.3 km" above. */
export function formatDistance(meters: number, locale: string) {
  const km = meters >= 1000
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: km ? "kilometer" : "meter",
    unitDisplay: "short",
    maximumFractionDigits: km ? 1 : 0,
  }).format(km ? meters / 1000 : Math.round(meters / 10) * 10)
}
