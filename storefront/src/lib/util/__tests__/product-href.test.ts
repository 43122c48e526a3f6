import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { catalogueProductPath, decodeSegment, productHref } from "../href"

const HANDLE = "奉节脐橙-特级"
const ENCODED = "%E5%A5%89%E8%8A%82%E8%84%90%E6%A9%99-%E7%89%B9%E7%BA%A7"

describe("product handles in URLs", () => {
  it("encodes a Chinese handle exactly once in the product page link", () => {
    assert.equal(productHref("zh-CN", HANDLE), `/products/${ENCODED}`)
    assert.equal(productHref("en", HANDLE), `/en/products/${ENCODED}`)
    assert.equal(
      productHref("zh-CN", "fengjie-qicheng-teji"),
      "/products/fengjie-qicheng-teji"
    )
  })

  it("decodes the route segment Next passes, once", () => {
    assert.equal(decodeSegment(ENCODED), HANDLE)
    assert.equal(decodeSegment(HANDLE), HANDLE)
    assert.equal(decodeSegment("fengjie-qicheng-teji"), "fengjie-qicheng-teji")
    assert.equal(decodeSegment("%E5%A5"), "%E5%A5")
  })

  it("round-trips: the page fetches the handle the link was built from", () => {
    for (const handle of [HANDLE, "fengjie-qicheng-teji", "wuchang-dami-2"]) {
      const segment = productHref("zh-CN", handle).split("/").pop() as string
      assert.equal(
        catalogueProductPath(decodeSegment(segment)),
        `/store/catalogue/${encodeURIComponent(handle)}`
      )
    }
    assert.equal(
      catalogueProductPath(decodeSegment(ENCODED)),
      `/store/catalogue/${ENCODED}`
    )
  })
})
