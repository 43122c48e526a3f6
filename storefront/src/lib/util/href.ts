/** A shop path in the shopper's language: zh-CN has no prefix, English /en. */
export function href(locale: string, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  if (locale === "en") {
    return clean === "/" ? "/en" : `/en${clean}`
  }
  return clean
}

/**
 * The same page, with the same query, in the other language. The way back
 * to Chinese goes through /zh-CN/…: next-intl redirects it to the unprefixed
 * path and remembers the choice in its NEXT_LOCALE cookie, which an
 * unprefixed link would not (the cookie would send the shopper back to /en).
 */
export function switchLocaleHref(
  locale: string,
  pathname: string,
  search = ""
): string {
  const bare = pathname.replace(/^\/(en|zh-CN)(?=\/|$)/, "") || "/"
  const query = search && search !== "?" ? search.replace(/^\??/, "?") : ""
  const target =
    locale === "en" ? `/zh-CN${bare === "/" ? "" : bare}` : href("en", bare)
  return `${target}${query}`
}
