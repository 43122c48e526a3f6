import { isSafeUrl, safeUrl } from "../safe-url"

describe("isSafeUrl", () => {
  it.each([
    "https://cdn.example.com/logo.png",
    "http://localhost:9000/static/1700000000-logo.png",
  ])("accepts %s", (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
    "file:///etc/passwd",
    "http://evil.example/logo.png",
    "https://user:pass@cdn.example.com/logo.png",
    "//cdn.example.com/logo.png",
    "not a url",
  ])("refuses %s", (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })

  it("names the field and the rule", () => {
    const result = safeUrl("logo").safeParse("javascript:alert(1)")
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe(
      "logo must be an https:// URL or a file uploaded to this platform"
    )
  })
})
