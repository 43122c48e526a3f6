/** A shop path in the shopper's language: zh-CN has no prefix, English /en. */
export function href(locale: string, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  if (locale === "en") {
    return clean === "/" ? "/en" : `/en${clean}`
  }
  return clean
}

/**
 * A product page's path. The handle is percent-encoded here and only here,
 * so a Chinese handle (co-ops may set one) reaches the page intact.
 */
export function productHref(locale: string, handle: string): string {
  return href(locale, `/products/${encodeURIComponent(handle)}`)
}

/**
 * A dynamic route segment as the page should use it. Next hands pages a
 * non-ASCII segment still percent-encoded (/products/%E5%A5%89…): decode it
 * once, and keep a malformed one as it came (it then matches nothing).
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The backend path of one catalogue product, its handle encoded once. */
export function catalogueProductPath(handle: string): string {
  return `/store/catalogue/${encodeURIComponent(handle)}`
}

/**
 * The same page, with the same query, in the other language: the plain
 * unprefixed path for Chinese. The URL alone decides the language (no
 * locale cookie, see i18n/routing.ts), so no detour through /zh-CN is needed.
 */
export function switchLocaleHref(
  locale: string,
  pathname: string,
  search = ""
): string {
  const bare = pathname.replace(/^\/(en|zh-CN)(?=\/|$)/, "") || "/"
  const query = search && search !== "?" ? search.replace(/^\??/, "?") : ""
  const target = locale === "en" ? bare : href("en", bare)
  return `${target}${query}`
}
