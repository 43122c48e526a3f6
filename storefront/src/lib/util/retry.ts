/**
 * Waits before each resend of a `409`: the backend answers 409 only when a
 * request lost a race for a lock (a cart, stock, a pickup point's zone)
 * and changed nothing, and asks clients to send it again (docs/api.md,
 * checkout). Three resends over about 1.75 s cover a busy moment; a
 * conflict that outlasts them is shown.
 */
export const BUSY_RETRY_DELAYS_MS = [250, 500, 1000]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** True for the backend's "busy, try again" answer. */
export function isBusy(error: unknown): boolean {
  return Boolean(
    error &&
    typeof error === "object" &&
    (error as { status?: number }).status === 409
  )
}

/**
 * `send()`, resent after each of `delays` (give or take a quarter, so
 * shoppers who collided do not collide again) while it answers 409.
 */
export async function retryWhenBusy<T>(
  send: () => Promise<T>,
  delays: readonly number[] = BUSY_RETRY_DELAYS_MS,
  wait: (ms: number) => Promise<unknown> = sleep
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send()
    } catch (error) {
      if (!isBusy(error) || attempt >= delays.length) {
        throw error
      }
      await wait(delays[attempt] * (0.75 + Math.random() * 0.5))
    }
  }
}
