import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { formatCnMobile, normalizeCnMobile, normalizeSmsCode } from "../phone"

describe("normalizeCnMobile", () => {
  it("takes the forms shoppers type", () => {
    for (const typed of [
      "13800138000",
      "138 0013 8000",
      "138-0013-8000",
      "+86 138 0013 8000",
      "008613800138000",
      "１３８００１３８０００",
    ]) {
      assert.equal(normalizeCnMobile(typed), "13800138000")
    }
  })

  it("refuses what is not a mainland mobile", () => {
    for (const bad of ["12800138000", "1380013800", "+1 415 555 0100", ""]) {
      assert.equal(normalizeCnMobile(bad), null)
    }
  })
})

describe("normalizeSmsCode", () => {
  it("takes six digits, full-width or spaced", () => {
    assert.equal(normalizeSmsCode("０１２ ３４５"), "012345")
    assert.equal(normalizeSmsCode("12345"), null)
    assert.equal(normalizeSmsCode("12345a"), null)
  })
})

describe("formatCnMobile", () => {
  it("groups 3-4-4", () => {
    assert.equal(formatCnMobile("+8613800138000"), "138 0013 8000")
  })
})
