import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * How long checkout waits for its locks, in seconds. Every wait is bounded:
 * a checkout that cannot get a lock in time answers 409 "try again" instead
 * of holding an HTTP request and its database work open without end.
 *
 * - `cart`: the cart's lock is contended only by the same shopper (a double
 *   click, or the payment webhook racing the storefront). The loser should
 *   wait for the winner's completion and then return its order group rather
 *   than fail, so the wait covers a slow completion; beyond a minute the
 *   shopper is better told to try again than kept waiting.
 * - `cartTtl`: the cart lock's lease. Nothing renews it, so it must outlive
 *   the longest completion (its inner waits below plus the work), or a
 *   second completion could start while the first still runs; it only frees
 *   the cart early when a process dies holding it.
 * - `pickupCapacity` and `inventory`: every concurrent checkout to the same
 *   point, zone and day, or for the same item, queues here, while the lock
 *   is held for two or three queries. With 50 checkouts in flight on a
 *   saturated 2-core machine the longest wait we measured was about 8 s;
 *   the 15 s the pickup step used to allow was still exceeded in one run
 *   (35 of 50 checkouts got a 500), and Medusa's own reservation step
 *   allows only 5 s. 30 s leaves a wide margin over the queue.
 * - `compensation`: undoing a reservation must not give up, or the stock
 *   stays reserved for an order that does not exist. It waits much longer.
 */
export const CHECKOUT_LOCK_SECONDS = {
  cart: 60,
  cartTtl: 180,
  pickupCapacity: 30,
  inventory: 30,
  compensation: 120,
}

/**
 * The `code` of the 409s checkout raises when it waited too long for a lock;
 * the API keeps their message (src/api/error-handler.ts).
 */
export const BUSY_ERROR_CODE = "busy_try_again"

/**
 * Whether an error is a lock that could not be acquired, as the locking
 * providers raise it: a plain `Error` from the in-memory provider, a
 * `conflict` MedusaError from the Redis provider.
 */
export function isLockFailure(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return (
    typeof message === "string" &&
    (/^Failed to acquire lock for key /.test(message) ||
      /^Timed-out acquiring lock\.?$/.test(message))
  )
}

/** The key named by a "Failed to acquire lock for key …" message, if any. */
export function lockFailureKey(error: unknown): string | null {
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message !== "string") {
    return null
  }
  const match = /^Failed to acquire lock for key "([^"]+)"/.exec(message)
  return match ? match[1] : null
}

/**
 * Runs `job` holding `keys`. When the locks cannot be had within `timeout`
 * seconds it throws a `conflict` MedusaError with `busyMessage` and
 * `BUSY_ERROR_CODE`, which the API answers with that 409. Errors of `job`
 * itself pass through.
 *
 * The keys are taken one at a time, in sorted order, within one deadline.
 * Handing them all to one `execute` is not safe with Redis: its provider
 * acquires the keys of one call in parallel, so two checkouts sharing two
 * items can each hold one and wait for the other until both time out, and
 * a timed-out call leaves the keys it got locked until their lease ends
 * (60 s), which starves every later checkout of those items. With one key
 * per `execute` and a global order, no two checkouts wait on each other in
 * a cycle, and a timeout holds nothing.
 */
export async function withCheckoutLock<T>(
  container: MedusaContainer,
  keys: string[],
  job: () => Promise<T>,
  options: { timeout: number; busyMessage: string }
): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  const sorted = [...new Set(keys)].sort()
  const deadline = Date.now() + options.timeout * 1000
  let started = false

  const holdFrom = async (index: number): Promise<T> => {
    if (index === sorted.length) {
      started = true
      return await job()
    }
    // Providers wait at least 1 s; the deadline bounds the whole chain.
    const remaining = Math.max(1, (deadline - Date.now()) / 1000)
    return await locking.execute([sorted[index]], () => holdFrom(index + 1), {
      timeout: remaining,
    })
  }

  try {
    return await holdFrom(0)
  } catch (error) {
    if (!started && isLockFailure(error)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        options.busyMessage,
        BUSY_ERROR_CODE
      )
    }
    throw error
  }
}
