import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser } from "playwright-core"
import { launch, shot } from "../fixtures/browser"
import { CheckoutPage, ConfirmationPage } from "../fixtures/checkout-page"
import { CartPage, ProductPage } from "../fixtures/shop-page"

// Two demo products from two co-ops (data/demo/products.json).
const PRODUCTS = (
  process.env.E2E_PRODUCTS || "jiangjin-sichuan-pepper,yongchuan-xiuya-tea"
).split(",")

describe("journey 1: a consumer buys from two co-ops", () => {
  let browser: Browser
  before(async () => {
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
  })

  it("checks out once and the confirmation shows one order per co-op", async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: "zh-CN",
    })
    const product = new ProductPage(page)
    for (const handle of PRODUCTS) {
      await product.open(handle)
      await product.addFirstGrade()
      await shot(page, "journey-1", `product-${handle}`)
    }
    const cart = new CartPage(page)
    await cart.open()
    assert.equal(await cart.coopGroups().count(), 2)
    await shot(page, "journey-1", "cart")

    const checkout = new CheckoutPage(page)
    await checkout.open()
    await checkout.fillContact({
      email: "e2e.shopper@example.com",
      name: "王小明",
      phone: "13800000001",
    })
    await checkout.chooseForEveryCoop()
    await shot(page, "journey-1", "checkout")
    await checkout.placeOrder()
    await shot(page, "journey-1", "confirmation")
    assert.equal(await new ConfirmationPage(page).orders().count(), 2)
  })
})
