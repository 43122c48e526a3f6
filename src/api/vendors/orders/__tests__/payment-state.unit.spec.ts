import { paymentShareStatus } from "../payment-state"

const collection = (over: Record<string, unknown> = {}) => ({
  status: "authorized",
  amount: 207.5,
  captured_amount: 0,
  refunded_amount: 0,
  ...over,
})

describe("paymentShareStatus", () => {
  it("reads an authorized checkout payment as paid, not not_paid", () => {
    expect(paymentShareStatus(collection())).toBe("authorized")
    expect(
      paymentShareStatus(collection({ status: "partially_authorized" }))
    ).toBe("partially_authorized")
  })

  it("follows captures and refunds of the whole payment", () => {
    expect(
      paymentShareStatus(
        collection({ status: "completed", captured_amount: "207.5" })
      )
    ).toBe("captured")
    expect(
      paymentShareStatus(
        collection({ status: "partially_captured", captured_amount: 100 })
      )
    ).toBe("partially_captured")
    expect(
      paymentShareStatus(
        collection({ captured_amount: 207.5, refunded_amount: 10 })
      )
    ).toBe("partially_refunded")
    expect(
      paymentShareStatus(
        collection({ captured_amount: 207.5, refunded_amount: 207.5 })
      )
    ).toBe("refunded")
  })

  it("keeps unpaid, cancelled and failed payments apart from paid ones", () => {
    expect(paymentShareStatus(collection({ status: "not_paid" }))).toBe(
      "not_paid"
    )
    expect(paymentShareStatus(collection({ status: "awaiting" }))).toBe(
      "awaiting"
    )
    expect(paymentShareStatus(collection({ status: "canceled" }))).toBe(
      "canceled"
    )
    expect(paymentShareStatus(collection({ status: "failed" }))).toBe(
      "not_paid"
    )
    expect(paymentShareStatus(collection({ status: "requires_action" }))).toBe(
      "requires_action"
    )
  })
})
