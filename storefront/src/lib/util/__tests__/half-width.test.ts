import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { toHalfWidth } from "../half-width"

describe("toHalfWidth", () => {
  it("turns full-width digits, letters and punctuation into ASCII", () => {
    assert.equal(toHalfWidth("０４２９１７"), "042917")
    assert.equal(toHalfWidth("ＡＢｃ＃３１"), "ABc#31")
    assert.equal(toHalfWidth("３９．９"), "39.9")
  })

  it("turns the ideographic space into a space and leaves the rest", () => {
    assert.equal(toHalfWidth("０４２　９１７"), "042 917")
    assert.equal(toHalfWidth("自提 12。"), "自提 12。")
  })
})
