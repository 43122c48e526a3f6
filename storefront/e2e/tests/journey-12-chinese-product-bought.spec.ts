import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, Page } from "playwright-core"
import { AccountPage } from "../fixtures/account-page"
import {
  JIEFANGBEI,
  PHONE,
  STOREFRONT_URL,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { CheckoutPage, ConfirmationPage } from "../fixtures/checkout-page"
import { CoopConsole } from "../fixtures/coop-page"
import { E2E, credentials } from "../fixtures/env"
import { CartPage, ProductPage } from "../fixtures/shop-page"

const JOURNEY = "journey-12"
const DESKTOP = { width: 1280, height: 900 }
// 奉节夏橙, the summer-ripening navel orange of 奉节 (real; this listing is
// invented). The co-op leaves the handle empty: the backend makes it from
// the title's pinyin.
const PRODUCT = {
  title: "奉节夏橙 精选 5kg",
  handle: "fengjie-xiacheng-jingxuan-5kg",
  size: "5kg 礼盒",
  price: "58",
  stock: "30",
}
// data/demo/pickup-points.json: the point at 解放碑 where the demo staff works.
const POINT = "yuzhong-jiefangbei-bayi-rd"
const CONTACT = { name: "李晓梅", phone: "+86 138 0000 0000" }

describe("journey 12: a co-op product with a Chinese title, from creation to purchase", () => {
  let browser: Browser
  let farmer: Page
  let shopper: Page
  let coopHandle = ""

  before(async () => {
    browser = await launch()
    farmer = await (
      await newContext(browser, { viewport: DESKTOP, locale: "zh-CN" })
    ).newPage()
    shopper = await (
      await newContext(browser, {
        viewport: PHONE,
        locale: "zh-CN",
        geolocation: JIEFANGBEI,
        permissions: ["geolocation"],
      })
    ).newPage()
  })
  after(async () => {
    await browser?.close()
  })

  it("creates and publishes 奉节夏橙 without a handle, and 在商城查看 opens its pinyin page", async () => {
    await withFailureShot(farmer, JOURNEY, async () => {
      const coop = new CoopConsole(farmer)
      await coop.signIn(credentials().vendor)
      coopHandle = await coop.coopHandle()
      await farmer.goto(`${STOREFRONT_URL}/co-op/products/new`)
      const form = farmer.getByTestId("coop-product-create-form")
      await form.getByTestId("coop-product-title").fill(PRODUCT.title)
      const row = form.getByTestId("coop-variant-row").first()
      await row.getByTestId("coop-variant-title").fill(PRODUCT.size)
      await row.getByTestId("coop-variant-price").fill(PRODUCT.price)
      await row.getByTestId("coop-variant-stock").fill(PRODUCT.stock)
      await form.getByTestId("coop-status-published").check()
      await shot(farmer, JOURNEY, "01-coop-new-product")
      await form.getByTestId("coop-product-create").click()
      await farmer.getByTestId("coop-product-created").waitFor()
      await shot(farmer, JOURNEY, "02-coop-product-created")

      // The shop reads the product from the catalogue read model, which
      // takes it in after the product's events; wait for the backend to
      // serve it before following the console's link.
      const inCatalogue = `${E2E.backendUrl}/store/catalogue/${PRODUCT.handle}`
      const deadline = Date.now() + 240_000
      while (
        (
          await fetch(inCatalogue, {
            headers: { "x-publishable-api-key": E2E.publishableKey },
          })
        ).status !== 200
      ) {
        assert.ok(
          Date.now() < deadline,
          "the new product reaches the catalogue"
        )
        await farmer.waitForTimeout(2000)
      }
      // The shop keeps a product page (a miss too) up to 10 s: follow the
      // link again after a reload until the page is there.
      const viewInShop = farmer.getByRole("link", { name: "在商城查看" })
      const consoleUrl = farmer.url()
      for (let tries = 0; ; tries++) {
        await viewInShop.click()
        await farmer.waitForURL("**/products/**")
        const shown = await farmer
          .getByTestId("product-page")
          .waitFor({ timeout: 10_000 })
          .then(
            () => true,
            () => false
          )
        if (shown) break
        assert.ok(tries < 30, "the shop shows the new product")
        await farmer.waitForTimeout(2000)
        await farmer.goto(consoleUrl)
      }
      const path = decodeURIComponent(new URL(farmer.url()).pathname)
      assert.equal(path, `/products/${PRODUCT.handle}`)
      assert.equal(
        (await farmer.getByTestId("product-title").innerText()).trim(),
        PRODUCT.title
      )
      await shot(farmer, JOURNEY, "03-shop-page-from-console")
    })
  })

  it("is bought by a shopper with pickup at 解放碑, one order of that co-op", async () => {
    await withFailureShot(shopper, JOURNEY, async () => {
      const customer = credentials().customer
      await new AccountPage(shopper).signIn(customer)
      const product = new ProductPage(shopper)
      await product.open(PRODUCT.handle)
      assert.equal(await product.title(), PRODUCT.title)
      assert.equal(await product.coopHandle(), coopHandle)
      await product.addFirstGrade()
      await shot(shopper, JOURNEY, "04-added-to-cart")

      const cart = new CartPage(shopper)
      await cart.open()
      assert.deepEqual(await cart.coopHandles(), [coopHandle])
      assert.match(
        await shopper.getByTestId("cart-line-title").first().innerText(),
        /奉节夏橙/
      )
      await cart.goToCheckout()
      const checkout = new CheckoutPage(shopper)
      await checkout.fillContact({ email: customer.email, ...CONTACT })
      await checkout.locateFromBrowser(JIEFANGBEI)
      await checkout.choosePickup(coopHandle, POINT)
      await shot(shopper, JOURNEY, "05-checkout-pickup-chosen")
      await checkout.placeOrder()

      const confirmation = new ConfirmationPage(shopper)
      const orders = await confirmation.confirmedOrders()
      assert.equal(orders.length, 1)
      assert.equal(orders[0].vendor_handle, coopHandle)
      assert.match(orders[0].id, /^order_/)
      await shot(shopper, JOURNEY, "06-confirmation")
    })
  })
})
