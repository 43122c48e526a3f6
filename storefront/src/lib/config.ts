import Medusa from "@medusajs/js-sdk"
import { retryWhenBusy } from "./util/retry"

/**
 * The backend as the Next.js server reaches it. MEDUSA_BACKEND_URL and
 * MEDUSA_PUBLISHABLE_KEY are read at run time, so one build serves any
 * backend; the NEXT_PUBLIC_ names are the fallback `npm start` also sets.
 */
export const BACKEND_URL =
  process.env.MEDUSA_BACKEND_URL ||
  process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL ||
  "http://localhost:9000"

export const PUBLISHABLE_KEY =
  process.env.MEDUSA_PUBLISHABLE_KEY ||
  process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY ||
  ""

/** The one SDK instance. It never keeps tokens: each call passes its own. */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  debug: false,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

// A 409 means the request lost a race for a lock and changed nothing: every
// call through the SDK resends it a few times before the shopper sees it.
const fetchOnce = sdk.client.fetch.bind(sdk.client)
sdk.client.fetch = ((input, init) =>
  retryWhenBusy(() => fetchOnce(input, init))) as typeof sdk.client.fetch
