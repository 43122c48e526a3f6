import { MedusaError } from "@medusajs/framework/utils"
import { BUSY_ERROR_CODE } from "../../workflows/checkout/utils/locking"
import {
  BUSY_MESSAGE,
  CART_BUSY_MESSAGE,
  conflictResponse,
  refusalResponse,
  tiantouErrorHandler,
} from "../error-handler"
import { invalidFields, RefusalError } from "../../utils/refusal"

/** Runs the handler on one error and returns what it answered. */
function answer(error: unknown) {
  const logged: string[] = []
  const logger = {
    info: (m: string) => logged.push(m),
    error: (m: unknown) => logged.push(String(m)),
  }
  const out: { status?: number; body?: any; logged: string[] } = { logged }
  const res: any = {
    status(code: number) {
      out.status = code
      return res
    },
    json(body: unknown) {
      out.body = body
      return res
    },
  }
  const req: any = {
    path: "/store/carts/cart_01/complete",
    scope: { resolve: () => logger },
  }
  tiantouErrorHandler()(error, req, res, () => {})
  return out
}

/** How a workflow hands a step's error on: serialized to a plain object. */
const serialized = (error: Error) =>
  Object.fromEntries(
    ["message", "name", ...Object.getOwnPropertyNames(error)].map((k) => [
      k,
      (error as any)[k],
    ])
  )

describe("tiantouErrorHandler", () => {
  it("answers a cart lock the in-memory provider could not acquire with a 409 naming the cart", () => {
    const error = new Error('Failed to acquire lock for key "cart_01ABC"')
    for (const e of [error, serialized(error)]) {
      const out = answer(e)
      expect(out.status).toBe(409)
      expect(out.body).toEqual({
        type: "conflict",
        code: "invalid_state_error",
        message: CART_BUSY_MESSAGE,
      })
      expect(out.body.message).toMatch(
        /This cart is being changed by another request; try again\.$/
      )
    }
  })

  it("answers the in-memory provider's wait timeout and the Redis provider's lock conflict with a 409 to try again", () => {
    for (const error of [
      new Error("Timed-out acquiring lock."),
      new MedusaError(
        MedusaError.Types.CONFLICT,
        'Failed to acquire lock for key "iitem_01"'
      ),
      new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock."),
      new MedusaError(
        MedusaError.Types.CONFLICT,
        'Lost the lock for key(s) "iitem_01" while the job was still running: …'
      ),
    ]) {
      const out = answer(error)
      expect(out.status).toBe(409)
      expect(out.body.message).toBe(BUSY_MESSAGE)
      expect(out.body.message).toMatch(/try again\.$/)
      // The original message, with its key, stays in the log.
      expect(out.logged.join("\n")).toContain(error.message)
    }
  })

  it("keeps the message of checkout's own busy conflicts", () => {
    const message =
      "解放碑 / Jiefangbei: 自提点正忙，请重试 / is busy with other checkouts right now; try again."
    const error = new MedusaError(
      MedusaError.Types.CONFLICT,
      message,
      BUSY_ERROR_CODE
    )
    for (const e of [error, serialized(error)]) {
      const out = answer(e)
      expect(out.status).toBe(409)
      expect(out.body).toEqual({
        type: "conflict",
        code: "invalid_state_error",
        message,
      })
    }
  })

  it("leaves every other error to Medusa's handler, unchanged", () => {
    expect(
      answer(
        new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Not enough stock available for item iitem_01 at location sloc_01"
        )
      )
    ).toMatchObject({
      status: 400,
      body: {
        type: "not_allowed",
        message:
          "Not enough stock available for item iitem_01 at location sloc_01",
      },
    })
    // Medusa's own conflicts keep Medusa's wording.
    const medusaConflict = answer(
      new MedusaError(
        MedusaError.Types.CONFLICT,
        "Cart is already being completed by another request"
      )
    )
    expect(medusaConflict.status).toBe(409)
    expect(medusaConflict.body.message).toMatch(/Idempotency-Key/)
    expect(conflictResponse(new Error("boom"))).toBeNull()
    expect(answer(new Error("boom"))).toMatchObject({
      status: 500,
      body: { type: "unknown_error", message: "An unknown error occurred." },
    })
    expect(conflictResponse(null)).toBeNull()
    expect(conflictResponse("text")).toBeNull()
  })
})

describe("field refusals", () => {
  const refusal = {
    field: "measurements.1.value",
    rule: "grade_min",
    values: { metric: "soluble_solids_pct", value: 9.5, min: 11 },
  }

  it("keeps Medusa's type and message and adds the refusals, thrown or serialized by a workflow", () => {
    const error = invalidFields("soluble_solids_pct is 9.5%, below …", [
      refusal,
    ])
    for (const e of [error, serialized(error)]) {
      const out = answer(e)
      expect(out.status).toBe(400)
      expect(out.body).toEqual({
        type: "invalid_data",
        code: "invalid_request_error",
        message: "soluble_solids_pct is 9.5%, below …",
        errors: [refusal],
      })
    }
  })

  it("keeps Medusa's status for other types (a duplicate is 422)", () => {
    const error = new RefusalError(
      MedusaError.Types.DUPLICATE_ERROR,
      'sku "X" is already used by another variant.',
      [{ field: "sku", rule: "taken", values: {} }]
    )
    expect(refusalResponse(error)).toMatchObject({
      status: 422,
      body: { type: "duplicate_error", errors: [{ field: "sku" }] },
    })
  })

  it("leaves errors without refusals, or with malformed ones, to Medusa", () => {
    const plain = new MedusaError(MedusaError.Types.INVALID_DATA, "title bad")
    expect(refusalResponse(plain)).toBeNull()
    expect(answer(plain).body).toEqual({
      type: "invalid_data",
      message: "title bad",
    })
    expect(
      refusalResponse({ type: "invalid_data", message: "x", errors: ["x"] })
    ).toBeNull()
    expect(refusalResponse(null)).toBeNull()
  })
})
