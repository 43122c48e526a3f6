/**
 * One place that turns whatever the SDK threw into a sentence for the
 * shopper. Medusa answers `{ type, message }`; the js-sdk throws a
 * FetchError with `message` and `status`.
 */
export function medusaErrorMessage(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; status?: unknown }
    if (typeof e.message === "string" && e.message.trim()) {
      return e.message.trim()
    }
  }
  if (typeof error === "string" && error.trim()) {
    return error.trim()
  }
  return "Something went wrong. 出错了，请稍后再试。"
}

export function isNotFound(error: unknown): boolean {
  return Boolean(
    error &&
    typeof error === "object" &&
    (error as { status?: number }).status === 404
  )
}
