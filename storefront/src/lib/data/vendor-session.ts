import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import { sdk } from "../config"
import { href } from "../util/href"
import { getVendorAuthHeaders } from "./cookies"
import type { VendorSession } from "../../types/co-op"

const isUnauthorized = (error: unknown) =>
  Boolean(
    error &&
    typeof error === "object" &&
    (error as { status?: number }).status === 401
  )

/**
 * The signed-in co-op member and their co-op, or null without a (valid)
 * console login. Read fresh once per request: it is the console's access
 * check, and it must see a removed member or a newly approved co-op at once.
 */
export const retrieveVendorSession = cache(
  async (): Promise<VendorSession | null> => {
    const headers = await getVendorAuthHeaders()
    if (!headers.authorization) {
      return null
    }
    try {
      return await sdk.client.fetch<VendorSession>("/vendors/me", {
        headers,
        cache: "no-store",
      })
    } catch (error) {
      if (isUnauthorized(error)) {
        return null
      }
      throw error
    }
  }
)

/** The session, or a redirect to the console's sign-in page. */
export async function requireVendorSession(
  locale: string
): Promise<VendorSession> {
  const session = await retrieveVendorSession()
  if (!session) {
    // A token that no longer opens the console: expired, or the member removed.
    const stale = Boolean((await getVendorAuthHeaders()).authorization)
    redirect(href(locale, `/co-op/sign-in${stale ? "?expired=1" : ""}`))
  }
  return session
}

/**
 * How a console read may be cached. Orders, stock and the ledger are read
 * live: Next serves an expired cache entry once before refreshing it, so a
 * cached order list would still lack a new order after a reload. Reference
 * data (standards, claims, members) is cached per login under its tag, and
 * the console's own changes revalidate the tag at once.
 */
export type ConsoleCache = "live" | { tags: string[]; revalidate: number }

/** A GET on `/vendors/*` with the console login. */
export async function vendorGet<T>(
  path: string,
  query: Record<string, string | number | string[] | undefined>,
  cache: ConsoleCache
): Promise<T> {
  const clean = Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== "")
  )
  return sdk.client.fetch<T>(path, {
    query: clean,
    headers: await getVendorAuthHeaders(),
    ...(cache === "live" ? { cache: "no-store" as const } : { next: cache }),
  })
}
