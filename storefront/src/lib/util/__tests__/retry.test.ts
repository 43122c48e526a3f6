import assert from "node:assert/strict"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { describe, it } from "node:test"
import { retryWhenBusy } from "../retry"

/** A request that answers with `statuses` in turn, then succeeds. */
function answering(...statuses: number[]) {
  const calls: number[] = []
  const send = async () => {
    calls.push(calls.length + 1)
    const status = statuses[calls.length - 1]
    if (status) {
      throw Object.assign(new Error(`HTTP ${status}`), { status })
    }
    return "ok"
  }
  return { send, calls }
}

describe("retryWhenBusy", () => {
  it("resends a 409 until the backend is free", async () => {
    const waits: number[] = []
    const { send, calls } = answering(409, 409)
    const result = await retryWhenBusy(send, [100, 200, 400], async (ms) =>
      waits.push(ms)
    )
    assert.equal(result, "ok")
    assert.equal(calls.length, 3)
    assert.equal(waits.length, 2)
    assert.ok(waits[0] >= 75 && waits[0] <= 125, `first wait ${waits[0]}`)
    assert.ok(waits[1] >= 150 && waits[1] <= 250, `second wait ${waits[1]}`)
  })

  it("gives up after the last delay and throws the 409", async () => {
    const { send, calls } = answering(409, 409, 409, 409, 409)
    await assert.rejects(
      retryWhenBusy(send, [1, 1, 1], async () => undefined),
      (error: { status?: number }) => error.status === 409
    )
    assert.equal(calls.length, 4)
  })

  it("never resends any other refusal", async () => {
    for (const status of [400, 401, 404, 500]) {
      const { send, calls } = answering(status)
      await assert.rejects(
        retryWhenBusy(send, [1, 1, 1], async () => undefined),
        (error: { status?: number }) => error.status === status
      )
      assert.equal(calls.length, 1, `status ${status}`)
    }
  })
})

describe("the storefront's SDK instance", () => {
  it("resends a request the backend answered 409, with the same body", async () => {
    const bodies: string[] = []
    const server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        bodies.push(body)
        const busy = bodies.length < 3
        res.writeHead(busy ? 409 : 200, { "content-type": "application/json" })
        res.end(
          JSON.stringify(
            busy
              ? { type: "conflict", message: "try again" }
              : { cart: { id: "cart_1" } }
          )
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as AddressInfo
    process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${port}`
    try {
      const { sdk } = await import("../../config")
      const result = await sdk.client.fetch<{ cart: { id: string } }>(
        "/store/carts/cart_1/line-items",
        { method: "POST", body: { variant_id: "variant_1", quantity: 2 } }
      )
      assert.equal(result.cart.id, "cart_1")
      assert.equal(bodies.length, 3)
      assert.deepEqual(
        bodies.map((b) => JSON.parse(b)),
        Array(3).fill({ variant_id: "variant_1", quantity: 2 })
      )
    } finally {
      server.close()
    }
  })
})
