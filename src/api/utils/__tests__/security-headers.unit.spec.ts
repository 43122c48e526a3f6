import { securityHeaders } from "../security-headers"

describe("securityHeaders", () => {
  it("forbids sniffing, referrer leaks and framing on API routes", () => {
    expect(securityHeaders({ path: "/store/orders", secure: false })).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    })
  })

  it("lets the admin frame itself, and only the admin", () => {
    expect(
      securityHeaders({ path: "/app/orders", secure: false })["X-Frame-Options"]
    ).toBe("SAMEORIGIN")
    expect(
      securityHeaders({ path: "/app", secure: false })["X-Frame-Options"]
    ).toBe("SAMEORIGIN")
    expect(
      securityHeaders({ path: "/application", secure: false })[
        "X-Frame-Options"
      ]
    ).toBe("DENY")
  })

  it("sends HSTS only over https", () => {
    expect(
      securityHeaders({ path: "/store", secure: true })[
        "Strict-Transport-Security"
      ]
    ).toMatch(/^max-age=\d+/)
    expect(
      securityHeaders({ path: "/store", secure: false })
    ).not.toHaveProperty("Strict-Transport-Security")
  })
})
