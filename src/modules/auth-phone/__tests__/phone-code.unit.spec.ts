import {
  checkPhoneCode,
  maskPhone,
  newPhoneCode,
  normalizePhone,
  phoneCodeSecret,
  phoneCodeState,
  PHONE_CODE_TTL_MS,
} from "../utils/phone-code"
import { smsText } from "../../sms-local/services/sms-local"

describe("normalizePhone", () => {
  it("takes mainland mobiles in the forms people type and gives E.164", () => {
    for (const typed of [
      "13800138000",
      "138 0013 8000",
      "138-0013-8000",
      "+86 138 0013 8000",
      "+8613800138000",
      "008613800138000",
      "8613800138000",
    ]) {
      expect(normalizePhone(typed)).toBe("+8613800138000")
    }
    expect(normalizePhone("19912345678")).toBe("+8619912345678")
  })

  it("refuses landlines, other countries, short numbers and non-strings", () => {
    for (const bad of [
      "12800138000",
      "1380013800",
      "138001380001",
      "+1 415 555 0100",
      "+85291234567",
      "023-6388-1234",
      "1380013800a",
      "",
      13800138000,
      null,
    ]) {
      expect(normalizePhone(bad)).toBeNull()
    }
  })

  it("masks the middle digits for logs", () => {
    expect(maskPhone("+8613800138000")).toBe("138****8000")
  })
})

describe("phone codes", () => {
  const secret = "test-secret"
  const phone = "+8613800138000"
  const now = 1_800_000_000_000

  it("makes six-digit codes", () => {
    for (let i = 0; i < 50; i++) {
      expect(newPhoneCode()).toMatch(/^\d{6}$/)
    }
  })

  it("stores a salted keyed hash, never the code, expiring in 5 minutes", () => {
    const a = phoneCodeState({ secret, phone, code: "123456", now })
    const b = phoneCodeState({ secret, phone, code: "123456", now })
    expect(JSON.stringify(a)).not.toContain("123456")
    expect(a.code_hash).not.toBe(b.code_hash)
    expect(a.attempts).toBe(0)
    expect(Date.parse(a.expires_at)).toBe(now + PHONE_CODE_TTL_MS)
  })

  it("accepts the right code in time, also with spaces", () => {
    const state = phoneCodeState({ secret, phone, code: "012345", now })
    expect(
      checkPhoneCode({ secret, phone, code: "012345", state, now })
    ).toEqual({ outcome: "ok" })
    expect(
      checkPhoneCode({ secret, phone, code: "012 345", state, now: now + 1 })
    ).toEqual({ outcome: "ok" })
  })

  it("refuses a code for another phone or under another secret", () => {
    const state = phoneCodeState({ secret, phone, code: "012345", now })
    expect(
      checkPhoneCode({
        secret,
        phone: "+8613900139000",
        code: "012345",
        state,
        now,
      }).outcome
    ).toBe("wrong")
    expect(
      checkPhoneCode({ secret: "other", phone, code: "012345", state, now })
        .outcome
    ).toBe("wrong")
  })

  it("counts wrong codes and spends the code on the fifth", () => {
    const state = phoneCodeState({ secret, phone, code: "012345", now })
    for (let attempts = 0; attempts < 4; attempts++) {
      expect(
        checkPhoneCode({
          secret,
          phone,
          code: "999999",
          state: { ...state, attempts },
          now,
        })
      ).toEqual({ outcome: "wrong", attempts: attempts + 1, spent: false })
    }
    expect(
      checkPhoneCode({
        secret,
        phone,
        code: "999999",
        state: { ...state, attempts: 4 },
        now,
      })
    ).toEqual({ outcome: "wrong", attempts: 5, spent: true })
    expect(
      checkPhoneCode({
        secret,
        phone,
        code: "012345",
        state: { ...state, attempts: 5 },
        now,
      })
    ).toEqual({ outcome: "none" })
  })

  it("refuses an expired code, a spent one and a missing one", () => {
    const state = phoneCodeState({ secret, phone, code: "012345", now })
    expect(
      checkPhoneCode({
        secret,
        phone,
        code: "012345",
        state,
        now: now + PHONE_CODE_TTL_MS,
      })
    ).toEqual({ outcome: "none" })
    expect(
      checkPhoneCode({
        secret,
        phone,
        code: "012345",
        state: { code_hash: null as any, attempts: 0 },
        now,
      })
    ).toEqual({ outcome: "none" })
    expect(
      checkPhoneCode({ secret, phone, code: "012345", state: null, now })
    ).toEqual({ outcome: "none" })
  })

  it("refuses non-numeric input without matching", () => {
    const state = phoneCodeState({ secret, phone, code: "012345", now })
    expect(
      checkPhoneCode({ secret, phone, code: 12345, state, now }).outcome
    ).toBe("wrong")
  })

  it("keys hashes by PHONE_CODE_SECRET, else JWT_SECRET, and needs one in production", () => {
    expect(phoneCodeSecret({ PHONE_CODE_SECRET: "p", JWT_SECRET: "j" })).toBe(
      "p"
    )
    expect(phoneCodeSecret({ JWT_SECRET: "j" })).toBe("j")
    expect(() => phoneCodeSecret({ NODE_ENV: "production" })).toThrow(
      /PHONE_CODE_SECRET \(or JWT_SECRET\) must be set in production/
    )
  })
})

describe("smsText", () => {
  it("renders the sign-in code text in Chinese", () => {
    expect(
      smsText("auth-phone-code", { code: "012345", expires_in_minutes: 5 })
    ).toBe("【田头市场】您的登录验证码是 012345，5 分钟内有效。请勿告诉他人。")
  })
})
