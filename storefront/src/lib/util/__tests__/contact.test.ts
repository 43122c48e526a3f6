import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { contactProblems, isMainlandPhone, signUpProblems } from "../contact"

const CONTACT = {
  email: "xiaomei.li@example.com",
  name: "李晓梅",
  phone: "+86 138 0000 0000",
  district: "500103",
  address: "",
}

describe("isMainlandPhone", () => {
  it("takes mobiles and landlines, with or without +86 and spacing", () => {
    for (const phone of ["13800000000", "+86 138 0000 0000", "023-6380 1234"]) {
      assert.equal(isMainlandPhone(phone), true, phone)
    }
  })
  it("refuses what a courier cannot call", () => {
    for (const phone of ["", "12345", "12800000000", "+1 415 555 0100"]) {
      assert.equal(isMainlandPhone(phone), false, phone)
    }
  })
})

describe("contactProblems", () => {
  it("needs no street address for pickup", () => {
    assert.deepEqual(contactProblems(CONTACT, { needsAddress: false }), {})
  })
  it("needs a street address for delivery, and a district code is not one", () => {
    assert.deepEqual(contactProblems(CONTACT, { needsAddress: true }), {
      address: "address",
    })
    assert.deepEqual(
      contactProblems(
        { ...CONTACT, address: "500103" },
        { needsAddress: false }
      ),
      { address: "addressCode" }
    )
  })
  it("names every field at fault at once", () => {
    assert.deepEqual(
      contactProblems(
        { ...CONTACT, email: "li@", name: " ", phone: "12345" },
        { needsAddress: false }
      ),
      { email: "email", name: "name", phone: "phone" }
    )
  })
})

describe("signUpProblems", () => {
  it("accepts a sign-up without a phone, and names each field at fault", () => {
    const ok = {
      last_name: "李",
      first_name: "晓梅",
      email: "xiaomei.li@example.com",
      phone: "",
      password: "longenough",
    }
    assert.deepEqual(signUpProblems(ok), {})
    assert.deepEqual(
      signUpProblems({
        ...ok,
        first_name: "",
        phone: "123",
        password: "short",
      }),
      { first_name: "firstName", phone: "phone", password: "password" }
    )
  })
})
