import {
  hashInviteToken,
  INVITE_TTL_HOURS,
  inviteAcceptUrl,
  inviteExpiry,
  inviteTokenMatches,
  newInviteToken,
} from "../invite-token"

describe("invitation tokens", () => {
  it("are 256 random bits in base64url, stored as their SHA-256", () => {
    const { token, hash } = newInviteToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token, "base64url")).toHaveLength(32)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(hashInviteToken(token))
    expect(hash).not.toContain(token)
    expect(newInviteToken().token).not.toBe(token)
  })

  it("match only the token whose hash is stored", () => {
    const { token, hash } = newInviteToken()
    expect(inviteTokenMatches(token, hash)).toBe(true)
    expect(inviteTokenMatches(newInviteToken().token, hash)).toBe(false)
    expect(inviteTokenMatches(hash, hash)).toBe(false)
    expect(inviteTokenMatches(token, null)).toBe(false)
    expect(inviteTokenMatches("", hash)).toBe(false)
    expect(inviteTokenMatches(token, "not-hex")).toBe(false)
  })

  it("expire after 72 hours", () => {
    const now = new Date("2026-03-01T08:00:00Z")
    expect(INVITE_TTL_HOURS).toBe(72)
    expect(inviteExpiry(now).toISOString()).toBe("2026-03-04T08:00:00.000Z")
  })

  it("travel in the storefront's join link", () => {
    expect(inviteAcceptUrl("https://shop.example/", "abc-_1")).toBe(
      "https://shop.example/co-op/join?token=abc-_1"
    )
  })
})
