import {
  codesMatch,
  derivePickupCode,
  hashPickupCode,
  newCodeNonce,
  pickupCodeSecret,
  signQrPayload,
  verifyQrPayload,
} from "../pickup-code"

const SECRET = "test-secret"

describe("derivePickupCode", () => {
  it("gives 6 digits, the same for the same parcel and nonce", () => {
    const code = derivePickupCode(SECRET, "pcl_1", "nonce-a")
    expect(code).toMatch(/^\d{6}$/)
    expect(derivePickupCode(SECRET, "pcl_1", "nonce-a")).toBe(code)
  })

  it("changes with the nonce, the parcel and the secret", () => {
    const codes = new Set(
      Array.from({ length: 200 }, (_, i) =>
        derivePickupCode(SECRET, "pcl_1", `nonce-${i}`)
      )
    )
    // 200 draws from 10^6 values: a collision is possible but very unlikely.
    expect(codes.size).toBeGreaterThan(195)
    expect(derivePickupCode(SECRET, "pcl_2", "nonce-a")).not.toBe(
      derivePickupCode(SECRET, "pcl_1", "nonce-a")
    )
    expect(derivePickupCode("other", "pcl_1", "nonce-a")).not.toBe(
      derivePickupCode(SECRET, "pcl_1", "nonce-a")
    )
  })

  it("keeps leading zeros", () => {
    const codes = Array.from({ length: 3000 }, (_, i) =>
      derivePickupCode(SECRET, "pcl_z", String(i))
    )
    expect(codes.every((c) => c.length === 6)).toBe(true)
    expect(codes.some((c) => c.startsWith("0"))).toBe(true)
  })
})

describe("hashPickupCode and codesMatch", () => {
  const hash = hashPickupCode(SECRET, "pkpt_a", "123456")

  it("stores a hex HMAC, not the code", () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain("123456")
  })

  it("matches only the right code at the right point", () => {
    expect(codesMatch(SECRET, "pkpt_a", "123456", hash)).toBe(true)
    expect(codesMatch(SECRET, "pkpt_a", "123457", hash)).toBe(false)
    expect(codesMatch(SECRET, "pkpt_b", "123456", hash)).toBe(false)
    expect(codesMatch("other", "pkpt_a", "123456", hash)).toBe(false)
  })

  it("never matches a missing or malformed hash", () => {
    expect(codesMatch(SECRET, "pkpt_a", "123456", null)).toBe(false)
    expect(codesMatch(SECRET, "pkpt_a", "123456", "abcd")).toBe(false)
  })
})

describe("QR payloads", () => {
  const now = new Date("2026-11-23T08:00:00Z")

  it("round-trips a signed payload", () => {
    const qr = signQrPayload(SECRET, { parcel_id: "pcl_1", code: "012345" })
    expect(qr).toMatch(/^tpk1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    expect(verifyQrPayload(SECRET, qr, now)).toEqual({
      ok: true,
      parcel_id: "pcl_1",
      code: "012345",
    })
  })

  it("refuses a tampered body or a foreign signature", () => {
    const qr = signQrPayload(SECRET, { parcel_id: "pcl_1", code: "012345" })
    const [prefix, , signature] = qr.split(".")
    const forged = Buffer.from(
      JSON.stringify({ p: "pcl_2", c: "012345" })
    ).toString("base64url")
    expect(verifyQrPayload(SECRET, `${prefix}.${forged}.${signature}`)).toEqual(
      { ok: false, reason: "signature" }
    )
    expect(verifyQrPayload("other", qr)).toEqual({
      ok: false,
      reason: "signature",
    })
  })

  it("refuses malformed payloads", () => {
    for (const qr of ["", "abc", "tpk1.a", "x.y.z", "tpk1..", "tpk1.a.b.c"]) {
      expect(verifyQrPayload(SECRET, qr)).toMatchObject({ ok: false })
    }
  })

  it("honours an expiry when one is set", () => {
    const qr = signQrPayload(
      SECRET,
      { parcel_id: "pcl_1", code: "012345" },
      { expires_at: new Date(now.getTime() + 60_000) }
    )
    expect(verifyQrPayload(SECRET, qr, now)).toMatchObject({ ok: true })
    expect(
      verifyQrPayload(SECRET, qr, new Date(now.getTime() + 61_000))
    ).toEqual({ ok: false, reason: "expired" })
  })
})

describe("pickupCodeSecret", () => {
  it("prefers PICKUP_CODE_SECRET", () => {
    expect(pickupCodeSecret({ PICKUP_CODE_SECRET: "p", JWT_SECRET: "j" })).toBe(
      "p"
    )
  })

  it("refuses to run in production without PICKUP_CODE_SECRET", () => {
    expect(() =>
      pickupCodeSecret({ NODE_ENV: "production", JWT_SECRET: "j" })
    ).toThrow(/PICKUP_CODE_SECRET must be set in production/)
    expect(
      pickupCodeSecret({ NODE_ENV: "production", PICKUP_CODE_SECRET: "p" })
    ).toBe("p")
  })

  it("falls back to a development secret, not JWT_SECRET, warning once", () => {
    const warn = jest.fn()
    const first = pickupCodeSecret({ JWT_SECRET: "j" }, warn)
    const second = pickupCodeSecret({}, warn)
    expect(first).toBe(second)
    expect(first).not.toBe("j")
    expect(first.length).toBeGreaterThan(10)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toMatch(/PICKUP_CODE_SECRET/)
  })
})

describe("newCodeNonce", () => {
  it("is random base64url", () => {
    const a = newCodeNonce()
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(newCodeNonce()).not.toBe(a)
  })
})
