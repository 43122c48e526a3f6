import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { decodeLookup, encodeLookup, parseLookup } from "../order-lookup"

describe("parseLookup", () => {
  it("reads the order number and phone tail as typed, full-width digits included", () => {
    assert.deepEqual(parseLookup(" #31 ", "5678"), {
      query: { display_id: 31, phone_last4: "5678" },
    })
    assert.deepEqual(parseLookup("＃３１", "５６７８"), {
      query: { display_id: 31, phone_last4: "5678" },
    })
  })

  it("names the field that is wrong", () => {
    assert.deepEqual(parseLookup("abc", "5678"), { error: "order" })
    assert.deepEqual(parseLookup("0", "5678"), { error: "order" })
    assert.deepEqual(parseLookup("31", "567"), { error: "tail" })
    assert.deepEqual(parseLookup("31", "56789"), { error: "tail" })
  })
})

describe("the lookup cookie", () => {
  it("round-trips and refuses anything else", () => {
    const query = { display_id: 31, phone_last4: "0042" }
    assert.deepEqual(decodeLookup(encodeLookup(query)), query)
    assert.equal(decodeLookup("31:42"), null)
    assert.equal(decodeLookup(undefined), null)
    assert.equal(decodeLookup("x:1234"), null)
  })
})
