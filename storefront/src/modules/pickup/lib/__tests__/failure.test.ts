import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { describe, it } from "node:test"
import { ApiError, type FieldRefusal } from "@lib/util/medusa-error"
import { pickupFailure, type PickupFailure } from "../failure"

const refused = (
  status: number,
  field: string,
  rule: string,
  values: FieldRefusal["values"] = {}
) =>
  new ApiError("an English sentence", status, "invalid_data", [
    { field, rule, values },
  ])

const handover = (error: unknown) => pickupFailure(error, "handover")

describe("pickupFailure", () => {
  it("reads a wrong code and the locks from their rule and values", () => {
    assert.deepEqual(
      handover(refused(400, "code", "wrong_code", { attempts_left: 3 })),
      { kind: "wrong", values: { left: 3 } }
    )
    assert.deepEqual(
      handover(
        refused(400, "code", "wrong_code_locked", {
          retry_after_s: 900,
          max_attempts: 5,
        })
      ),
      { kind: "lockedNow", values: { minutes: 15 } }
    )
    assert.deepEqual(
      handover(refused(400, "qr", "code_locked", { retry_after_s: 725 })),
      { kind: "locked", values: { minutes: 12, seconds: 5 } }
    )
  })

  it("tells QR, status, format and not-found refusals apart", () => {
    assert.equal(handover(refused(400, "qr", "qr_expired")).kind, "qrExpired")
    assert.equal(
      handover(refused(400, "qr", "qr_other_parcel")).kind,
      "qrOther"
    )
    assert.equal(handover(refused(400, "qr", "qr_invalid")).kind, "qrInvalid")
    assert.deepEqual(
      handover(
        refused(400, "", "parcel_status", {
          status: "picked_up",
          allowed: ["ready_for_pickup", "overdue"],
        })
      ),
      { kind: "status", values: { status: "picked_up" } }
    )
    assert.equal(
      handover(refused(400, "code", "invalid_format", { format: "regex" }))
        .kind,
      "format"
    )
    assert.equal(
      handover(new ApiError('Parcel "pcl_1" was not found.', 404)).kind,
      "notFound"
    )
  })

  it("reads a refused receipt and a refused unlock", () => {
    const status = refused(400, "", "parcel_status", {
      status: "ready_for_pickup",
    })
    assert.deepEqual(pickupFailure(status, "receive"), {
      kind: "status",
      values: { status: "ready_for_pickup" },
    })
    assert.equal(
      pickupFailure(new ApiError("x", 404), "receive").kind,
      "notFound"
    )
    const unlock = (error: unknown) => pickupFailure(error, "unlock").kind
    assert.equal(unlock(refused(403, "", "not_manager")), "onlyManager")
    assert.equal(unlock(refused(400, "", "nothing_to_unlock")), "nothing")
    assert.equal(unlock(refused(400, "reason", "too_small")), "reasonShort")
    assert.equal(unlock(status), "status")
    assert.equal(unlock(new ApiError("x", 404)), "notFound")
  })

  it("never reads the English message: anything else is 'other'", () => {
    const english = [
      new ApiError("code is wrong; 3 attempts left.", 400),
      new Error("code is wrong; 3 attempts left."),
      refused(400, "", "some_new_rule"),
      new ApiError("An unknown error occurred.", 500),
      null,
    ]
    for (const error of english) {
      assert.deepEqual(handover(error), { kind: "other" })
    }
    assert.deepEqual(
      pickupFailure(refused(400, "code", "wrong_code"), "receive"),
      { kind: "other" }
    )
  })
})

describe("pickup console texts", () => {
  const kinds: Record<string, PickupFailure["kind"][]> = {
    handover: [
      "wrong",
      "lockedNow",
      "locked",
      "qrExpired",
      "qrOther",
      "qrInvalid",
      "status",
      "format",
      "notFound",
      "empty",
      "notOurQr",
    ],
    receive: ["status", "notFound"],
    unlock: ["onlyManager", "nothing", "reasonShort", "status", "notFound"],
  }
  for (const locale of ["zh-CN", "en"]) {
    it(`words every failure the console can show in ${locale}`, () => {
      const messages = JSON.parse(
        readFileSync(`messages/${locale}/pickup.json`, "utf8")
      ).pickupConsole
      assert.ok(messages.errors.generic)
      for (const [context, list] of Object.entries(kinds)) {
        for (const kind of list) {
          assert.ok(messages[context].errors[kind], `${context}.errors.${kind}`)
        }
      }
    })
  }
})
