import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { readUnlockReason } from "../unlock"

describe("readUnlockReason", () => {
  it("keeps a trimmed reason of 4 characters or more, Chinese counted by character", () => {
    assert.deepEqual(readUnlockReason("  核实本人 "), { reason: "核实本人" })
    assert.deepEqual(readUnlockReason("ID ok"), { reason: "ID ok" })
  })
  it("refuses an empty or too short reason before it is sent", () => {
    assert.deepEqual(readUnlockReason("   "), { error: "reasonShort" })
    assert.deepEqual(readUnlockReason("核实"), { error: "reasonShort" })
  })
})
