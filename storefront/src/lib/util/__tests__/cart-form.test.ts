import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { itemCount, readAddToCartForm } from "../cart-form"

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(values)) {
    data.set(k, v)
  }
  return data
}

describe("readAddToCartForm", () => {
  it("needs a variant", () => {
    assert.deepEqual(readAddToCartForm(form({ quantity: "2" })), {
      ok: false,
      error: "variant_id is required",
    })
    assert.equal(readAddToCartForm(null).ok, false)
  })

  it("keeps a quantity of 1 to 99 and reads a blank or garbage as 1", () => {
    const q = (quantity: string) => {
      const read = readAddToCartForm(
        form({ variant_id: "variant_1", quantity })
      )
      return read.ok ? read.quantity : NaN
    }
    assert.equal(q("3"), 3)
    assert.equal(q(""), 1)
    assert.equal(q("abc"), 1)
    assert.equal(q("0"), 1)
    assert.equal(q("-4"), 1)
    assert.equal(q("2.7"), 2)
    assert.equal(q("1000"), 99)
  })
})

describe("itemCount", () => {
  it("counts quantities, not lines", () => {
    assert.equal(itemCount([{ quantity: 2 }, { quantity: 1 }]), 3)
    assert.equal(itemCount([]), 0)
    assert.equal(itemCount(null), 0)
  })
})
