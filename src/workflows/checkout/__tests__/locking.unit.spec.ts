import { MedusaError, Modules } from "@medusajs/framework/utils"
import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"
import {
  BUSY_ERROR_CODE,
  isLockFailure,
  lockFailureKey,
  withCheckoutLock,
} from "../utils/locking"

// Medusa's in-memory provider exposes the same execute() as the module.
function containerWith(locking: InMemoryLockingProvider) {
  return {
    resolve: (key: string) => {
      expect(key).toBe(Modules.LOCKING)
      return locking
    },
  } as any
}

describe("withCheckoutLock", () => {
  it("runs jobs on the same key one at a time, in turn", async () => {
    const container = containerWith(new InMemoryLockingProvider())
    const order: string[] = []
    let inside = 0
    const job = (name: string) => async () => {
      inside += 1
      expect(inside).toBe(1)
      order.push(`${name}:start`)
      await new Promise((r) => setImmediate(r))
      order.push(`${name}:end`)
      inside -= 1
      return name
    }
    const options = { timeout: 5, busyMessage: "busy" }
    const results = await Promise.all([
      withCheckoutLock(container, ["k2", "k1"], job("a"), options),
      withCheckoutLock(container, ["k1", "k2", "k1"], job("b"), options),
    ])
    expect(results).toEqual(["a", "b"])
    expect(order).toEqual(["a:start", "a:end", "b:start", "b:end"])
  })

  it("takes one key per execute, in sorted order, within one deadline", async () => {
    // Redis's provider takes the keys of one execute in parallel, which can
    // deadlock two checkouts sharing two items; one key per call cannot.
    const inner = new InMemoryLockingProvider()
    const calls: { keys: string[]; timeout: number }[] = []
    const recording = {
      execute: (keys: string[], job: () => Promise<unknown>, args: any) => {
        calls.push({ keys, timeout: args.timeout })
        return inner.execute(keys, job, args)
      },
    }
    const held: string[][] = []
    const result = await withCheckoutLock(
      containerWith(recording as any),
      ["iitem_b", "pickup-capacity:x", "iitem_a", "iitem_b"],
      async () => {
        held.push(calls.map((c) => c.keys[0]))
        return "done"
      },
      { timeout: 30, busyMessage: "busy" }
    )
    expect(result).toBe("done")
    expect(calls.map((c) => c.keys)).toEqual([
      ["iitem_a"],
      ["iitem_b"],
      ["pickup-capacity:x"],
    ])
    // The job runs only once every key is held.
    expect(held).toEqual([["iitem_a", "iitem_b", "pickup-capacity:x"]])
    for (const { timeout } of calls) {
      expect(timeout).toBeGreaterThan(29)
      expect(timeout).toBeLessThanOrEqual(30)
    }
  })

  it("runs two checkouts sharing two keys, named in opposite orders, one after the other", async () => {
    const container = containerWith(new InMemoryLockingProvider())
    const order: string[] = []
    const job = (name: string) => async () => {
      order.push(name)
      await new Promise((r) => setImmediate(r))
      order.push(name)
    }
    const options = { timeout: 2, busyMessage: "busy" }
    await Promise.all([
      withCheckoutLock(container, ["zhacai", "orange"], job("a"), options),
      withCheckoutLock(container, ["orange", "zhacai"], job("b"), options),
    ])
    expect(order).toEqual(["a", "a", "b", "b"])
  })

  it("turns a lock it could not get in time into a 409 conflict with the busy message", async () => {
    const locking = new InMemoryLockingProvider()
    const container = containerWith(locking)
    let release!: () => void
    const held = withCheckoutLock(
      container,
      ["hot"],
      () => new Promise<void>((r) => (release = r)),
      { timeout: 5, busyMessage: "held" }
    )
    const error: any = await withCheckoutLock(
      container,
      ["hot"],
      async () => "never",
      { timeout: 1, busyMessage: "货架正忙 / busy; try again." }
    ).catch((e) => e)
    expect(MedusaError.isMedusaError(error)).toBe(true)
    expect(error).toMatchObject({
      type: MedusaError.Types.CONFLICT,
      code: BUSY_ERROR_CODE,
      message: "货架正忙 / busy; try again.",
    })
    release()
    await held
    // Nothing is left locked behind the timed-out wait.
    await expect(
      withCheckoutLock(container, ["hot"], async () => "free", {
        timeout: 1,
        busyMessage: "busy",
      })
    ).resolves.toBe("free")
  })

  it("lets the job's own errors through untouched, even lock-like ones", async () => {
    const container = containerWith(new InMemoryLockingProvider())
    const refusal = new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Not enough stock available for item iitem_01 at location sloc_01"
    )
    await expect(
      withCheckoutLock(
        container,
        ["k"],
        async () => {
          throw refusal
        },
        { timeout: 1, busyMessage: "busy" }
      )
    ).rejects.toBe(refusal)
    const inner = new Error("Timed-out acquiring lock.")
    await expect(
      withCheckoutLock(
        container,
        ["k"],
        async () => {
          throw inner
        },
        { timeout: 1, busyMessage: "busy" }
      )
    ).rejects.toBe(inner)
  })
})

describe("isLockFailure / lockFailureKey", () => {
  it("recognises both providers' messages and reads the key", () => {
    const failed = new Error('Failed to acquire lock for key "cart_01"')
    expect(isLockFailure(failed)).toBe(true)
    expect(lockFailureKey(failed)).toBe("cart_01")
    expect(isLockFailure({ message: "Timed-out acquiring lock." })).toBe(true)
    expect(lockFailureKey({ message: "Timed-out acquiring lock." })).toBeNull()
    expect(isLockFailure(new Error("Not enough stock"))).toBe(false)
    expect(isLockFailure(undefined)).toBe(false)
  })
})
