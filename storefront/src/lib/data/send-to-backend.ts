import "server-only"
import { BACKEND_URL, PUBLISHABLE_KEY } from "../config"
import { ApiError, refusalsOf } from "../util/medusa-error"
import { retryWhenBusy } from "../util/retry"

/**
 * A change sent to the backend as `sdk.client.fetch` sends it (JSON, the
 * publishable key, a 409 resent a few times), except that a refusal throws
 * an ApiError that keeps the body's field refusals (`errors`): the js-sdk's
 * FetchError drops everything but the message, and the consoles need the
 * field, rule and values to word a refusal in the user's language.
 */
export async function sendToBackend<T>(
  path: string,
  init: {
    method?: "POST" | "DELETE"
    body?: unknown
    headers?: Record<string, string>
  } = {}
): Promise<T> {
  const url = `${BACKEND_URL.replace(/\/$/, "")}/${path.replace(/^\//, "")}`
  return retryWhenBusy(async () => {
    const response = await fetch(url, {
      method: init.method ?? "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(PUBLISHABLE_KEY
          ? { "x-publishable-api-key": PUBLISHABLE_KEY }
          : {}),
        ...init.headers,
      },
      body:
        init.body === undefined || init.method === "DELETE"
          ? undefined
          : JSON.stringify(init.body),
      cache: "no-store",
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new ApiError(
        typeof data?.message === "string" && data.message
          ? data.message
          : response.statusText,
        response.status,
        typeof data?.type === "string" ? data.type : undefined,
        refusalsOf(data)
      )
    }
    return data as T
  })
}
