import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { optimizable } from "../images"

describe("optimizable", () => {
  const env = {
    MEDUSA_BACKEND_URL: "https://api.tiantou.example",
    MEDUSA_IMAGE_HOSTS: "https://files.tiantou.example, not a url",
  } as unknown as NodeJS.ProcessEnv

  it("resizes the shop's own files, the local File module and the configured origins", () => {
    assert.equal(optimizable("/demo/products/orange-1.webp", env), true)
    assert.equal(
      optimizable("http://localhost:9330/static/1-vendor-ven_1-ab.webp", env),
      true
    )
    assert.equal(
      optimizable("https://api.tiantou.example/static/a.webp", env),
      true
    )
    assert.equal(optimizable("https://files.tiantou.example/a.webp", env), true)
  })

  it("leaves other hosts, other local paths and non-URLs alone", () => {
    assert.equal(
      optimizable("https://cdn.elsewhere.example/a.webp", env),
      false
    )
    assert.equal(optimizable("http://localhost:9000/app/logo.png", env), false)
    assert.equal(optimizable("//evil.example/a.png", env), false)
    assert.equal(optimizable("not a url", env), false)
    assert.equal(optimizable("http://api.tiantou.example/a.webp", env), false)
  })
})
