import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { readUnlockReason, unlockFailure } from "../unlock"

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

describe("unlockFailure", () => {
  it("reads 403 as 'ask the manager' and 404 as 'not at your point'", () => {
    assert.deepEqual(unlockFailure(403, "Only a manager of …"), {
      kind: "onlyManager",
    })
    assert.deepEqual(unlockFailure(404, 'Parcel "pcl_1" was not found.'), {
      kind: "notFound",
    })
  })
  it("tells the 400s apart", () => {
    assert.deepEqual(
      unlockFailure(
        400,
        'Parcel "pcl_1" is picked_up; only ready_for_pickup or overdue parcels can be unlocked.'
      ),
      { kind: "status", status: "picked_up" }
    )
    assert.deepEqual(
      unlockFailure(
        400,
        'Parcel "pcl_1" has no wrong codes against it; there is nothing to unlock.'
      ),
      { kind: "nothing" }
    )
    assert.deepEqual(
      unlockFailure(
        400,
        "Invalid request: Value for field 'reason' too small, expected at least: '4'"
      ),
      { kind: "reasonShort" }
    )
    assert.equal(unlockFailure(500, "boom").kind, "other")
  })
})
