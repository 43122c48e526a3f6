import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  isCompleteCode,
  normalizeCode,
  parsePickupQr,
  readHandoverInput,
} from "../code"

const b64url = (value: string) => Buffer.from(value).toString("base64url")
const qrFor = (body: object) =>
  `tpk1.${b64url(JSON.stringify(body))}.c2lnbmF0dXJl`

describe("code input", () => {
  it("turns full-width digits into ASCII and drops spaces and dashes", () => {
    assert.equal(normalizeCode("０４２　９１７"), "042917")
    assert.equal(normalizeCode(" 042 917 "), "042917")
    assert.equal(normalizeCode("042-917"), "042917")
    assert.equal(isCompleteCode(normalizeCode("０４２９１７")), true)
    assert.equal(isCompleteCode("04291"), false)
    assert.equal(isCompleteCode("04291a"), false)
  })

  it("reads what the field holds: a code, a scanned QR, or neither", () => {
    assert.deepEqual(readHandoverInput("０４２ ９１７"), { code: "042917" })
    assert.deepEqual(readHandoverInput("   "), { error: "empty" })
    assert.deepEqual(readHandoverInput("12345"), { error: "format" })
    const qr = qrFor({ p: "pcl_01ABC", c: "123456" })
    assert.deepEqual(readHandoverInput(` ${qr}\n`), {
      qr,
      parcel_id: "pcl_01ABC",
    })
  })
})

describe("parsePickupQr", () => {
  it("recognises a Tiantou pickup QR and reads its parcel, never its code", () => {
    const qr = qrFor({ p: "pcl_01M8SB", c: "042917", e: 1790000000 })
    const parsed = parsePickupQr(qr)
    assert.deepEqual(parsed, { qr, parcel_id: "pcl_01M8SB" })
    assert.ok(!JSON.stringify(parsed).includes("042917"))
  })

  it("refuses other QR codes and damaged payloads", () => {
    assert.equal(parsePickupQr("https://example.com/pay?x=1"), null)
    assert.equal(parsePickupQr("tpk2.abc.def"), null)
    assert.equal(parsePickupQr("tpk1.not-json.sig"), null)
    assert.equal(parsePickupQr(qrFor({ c: "123456" })), null)
    assert.equal(parsePickupQr(qrFor({ p: "order_1", c: "1" })), null)
    assert.equal(parsePickupQr(`${qrFor({ p: "pcl_1" })}.extra`), null)
    assert.equal(parsePickupQr(null), null)
  })
})
