const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"])

/** The origins of MEDUSA_BACKEND_URL and MEDUSA_IMAGE_HOSTS, as next.config.ts reads them. */
function configuredOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    env.MEDUSA_BACKEND_URL,
    env.NEXT_PUBLIC_MEDUSA_BACKEND_URL,
    ...(env.MEDUSA_IMAGE_HOSTS ?? "").split(","),
  ].flatMap((value) => {
    try {
      return [new URL((value ?? "").trim()).origin]
    } catch {
      return []
    }
  })
}

/**
 * Whether next/image may resize `src`: the shop's own files, the backend's
 * File module under /static on localhost, and the configured origins (the
 * same list as `images.remotePatterns` in next.config.ts). Others are shown
 * as they are rather than failing the page.
 */
export function optimizable(
  src: string,
  env: NodeJS.ProcessEnv = process.env
): boolean {
  if (src.startsWith("/") && !src.startsWith("//")) {
    return true
  }
  let url: URL
  try {
    url = new URL(src)
  } catch {
    return false
  }
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) {
    return url.pathname.startsWith("/static/")
  }
  return configuredOrigins(env).includes(url.origin)
}
