import {
  emailVerificationProblem,
  emailVerificationUrl,
  newEmailVerification,
} from "../email-verification"
import { metadataRestorePatch } from "../metadata"
import { nationalMobile, storedPhoneForms } from "../phone"

describe("email verification tokens", () => {
  const now = new Date("2026-12-07T08:00:00Z")

  it("stores only the token's hash, for 24 hours, for the email it was sent to", () => {
    const { token, pending } = newEmailVerification("Li@Example.com", now)
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(JSON.stringify(pending)).not.toContain(token)
    expect(pending.expires_at).toBe("2026-12-08T08:00:00.000Z")
    expect(
      emailVerificationProblem(pending, token, "li@example.com", now)
    ).toBeNull()
  })

  it("names why a token does not verify", () => {
    const { token, pending } = newEmailVerification("li@example.com", now)
    expect(emailVerificationProblem(null, token, "li@example.com", now)).toBe(
      "none"
    )
    expect(
      emailVerificationProblem(pending, `${token}x`, "li@example.com", now)
    ).toBe("mismatch")
    expect(
      emailVerificationProblem(
        pending,
        token,
        "li@example.com",
        new Date("2026-12-08T08:00:00Z")
      )
    ).toBe("expired")
    expect(
      emailVerificationProblem(pending, token, "wang@example.com", now)
    ).toBe("email")
  })

  it("links to the storefront's verify page with the token escaped", () => {
    expect(emailVerificationUrl("https://shop.example/", "a-b_c")).toBe(
      "https://shop.example/account/verify-email?token=a-b_c"
    )
  })
})

describe("mobile numbers", () => {
  it("read every written form of one number as its 11 digits", () => {
    for (const written of [
      "+86 138 0000 5678",
      "8613800005678",
      "138-0000-5678",
      "13800005678",
    ]) {
      expect(nationalMobile(written)).toBe("13800005678")
    }
    expect(nationalMobile("023-6380-0000")).toBeNull()
    expect(nationalMobile(undefined)).toBeNull()
  })

  it("list the forms a checkout may have stored, the storefront's among them", () => {
    const forms = storedPhoneForms("13800005678")
    expect(forms).toEqual(
      expect.arrayContaining([
        "13800005678",
        "+86 138 0000 5678",
        "+8613800005678",
        "138-0000-5678",
      ])
    )
  })
})

describe("metadataRestorePatch", () => {
  it("puts the previous values back and removes the keys added since", () => {
    expect(
      metadataRestorePatch(
        { a: 1, email_verification: null },
        {
          a: 2,
          email_verification: { token_hash: "x" },
          email_verified_at: "t",
        }
      )
    ).toEqual({ a: 1, email_verification: null, email_verified_at: "" })
  })
})
