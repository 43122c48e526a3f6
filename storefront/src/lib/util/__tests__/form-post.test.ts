import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { isSameOrigin, localPath } from "../form-post"

describe("localPath", () => {
  it("accepts a path on this site and refuses any other host", () => {
    assert.equal(localPath("/en/cart", "/cart"), "/en/cart")
    assert.equal(localPath("//evil.example/cart", "/cart"), "/cart")
    assert.equal(localPath("/\\evil.example", "/cart"), "/cart")
    assert.equal(localPath("https://evil.example/", "/cart"), "/cart")
    assert.equal(localPath(undefined, "/cart"), "/cart")
  })
})

describe("isSameOrigin", () => {
  const headers = (values: Record<string, string>) => new Headers(values)
  it("passes this site's own POSTs and requests without an Origin", () => {
    assert.ok(
      isSameOrigin(
        headers({ origin: "https://shop.example", host: "shop.example" })
      )
    )
    assert.ok(
      isSameOrigin(
        headers({
          origin: "https://shop.example",
          host: "10.0.0.5:8000",
          "x-forwarded-host": "shop.example",
        })
      )
    )
    assert.ok(isSameOrigin(headers({ host: "shop.example" })))
  })

  it("refuses another site's form and a garbled Origin", () => {
    assert.equal(
      isSameOrigin(
        headers({ origin: "https://evil.example", host: "shop.example" })
      ),
      false
    )
    assert.equal(
      isSameOrigin(headers({ origin: "null", host: "shop.example" })),
      false
    )
  })
})
