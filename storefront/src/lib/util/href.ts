/** A shop path in the shopper's language: zh-CN has no prefix, English /en. */
export function href(locale: string, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`
  if (locale === "en") {
    return clean === "/" ? "/en" : `/en${clean}`
  }
  return clean
}

/** The same page in the other language. */
export function switchLocaleHref(locale: string, pathname: string): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return locale === "en" ? bare : href("en", bare)
}
