import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, Page } from "playwright-core"
import {
  ARTIFACTS,
  PHONE,
  STOREFRONT_URL,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { CoopConsole } from "../fixtures/coop-page"
import { credentials } from "../fixtures/env"
import { CartPage, ProductPage } from "../fixtures/shop-page"

const JOURNEY = "journey-6"
const HANDLE = "fengjie-navel-orange"
const DESKTOP = { width: 1280, height: 900 }

/** The image URL a next/image <img> loaded, with its `url=` param decoded. */
async function loadedImage(page: Page, testId: string, nth = 0) {
  const src = await page
    .getByTestId(testId)
    .nth(nth)
    .evaluate((img) => (img as HTMLImageElement).currentSrc)
  const url = new URL(src, STOREFRONT_URL)
  return { src: url.toString(), original: url.searchParams.get("url") ?? "" }
}

/** What the image optimiser sent for an <img>: its type and width. */
async function served(page: Page, src: string) {
  // As Chromium asks for an image: the optimiser picks WebP from Accept.
  const res = await page.request.get(src, {
    headers: { accept: "image/avif,image/webp,image/apng,image/*,*/*;q=0.8" },
  })
  assert.equal(res.status(), 200, `${src} answers 200`)
  return {
    type: res.headers()["content-type"],
    width: Number(new URL(src).searchParams.get("w")),
  }
}

/** A phone photo of an orange grove: a 1200×900 JPEG drawn in the page. */
async function grovePhoto(page: Page) {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas")
    canvas.width = 1200
    canvas.height = 900
    const g = canvas.getContext("2d")!
    g.fillStyle = "#3f7d3a"
    g.fillRect(0, 0, 1200, 900)
    g.fillStyle = "#f28c1b"
    for (const [x, y, r] of [
      [400, 450, 220],
      [760, 480, 190],
    ]) {
      g.beginPath()
      g.arc(x, y, r, 0, Math.PI * 2)
      g.fill()
    }
    return canvas.toDataURL("image/jpeg", 0.9)
  })
  return {
    name: "果园实拍.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from(dataUrl.split(",")[1], "base64"),
  }
}

describe("journey 6: a photo uploaded by a co-op is shown in the shop", () => {
  let browser: Browser
  let shopper: Page
  let farmer: Page

  before(async () => {
    browser = await launch()
    shopper = await (
      await newContext(browser, { viewport: PHONE, locale: "zh-CN" })
    ).newPage()
    farmer = await (
      await newContext(browser, { viewport: DESKTOP, locale: "zh-CN" })
    ).newPage()
  })
  after(async () => {
    await browser?.close()
  })

  it("shows the demo pictures as WebP sized for a phone, and the product's description", async () => {
    await withFailureShot(shopper, JOURNEY, async () => {
      await shopper.goto(STOREFRONT_URL)
      await shopper.getByTestId("product-card-image").first().waitFor()
      const card = await loadedImage(shopper, "product-card-image")
      assert.match(card.original, /^\/demo\/products\/.+\.webp$/)
      const cardFile = await served(shopper, card.src)
      assert.equal(cardFile.type, "image/webp")
      assert.ok(cardFile.width <= 480, `a card photo is ${cardFile.width} px`)
      await shot(shopper, JOURNEY, "01-home-with-photos")

      const product = new ProductPage(shopper)
      await product.open(HANDLE)
      assert.equal(await shopper.getByTestId("product-photo").count(), 2)
      const main = await loadedImage(shopper, "product-photo")
      const mainFile = await served(shopper, main.src)
      assert.equal(mainFile.type, "image/webp")
      assert.ok(mainFile.width <= 640, `the main photo is ${mainFile.width} px`)
      assert.match(
        await shopper.getByTestId("product-description").innerText(),
        /长江三峡奉节县的脐橙/
      )
      await shot(shopper, JOURNEY, "02-product-gallery-and-description")
    })
  })

  it("lets the co-op upload a photo to its product and make it the main photo", async () => {
    await withFailureShot(farmer, JOURNEY, async () => {
      const coop = new CoopConsole(farmer)
      await coop.signIn(credentials().vendor)
      await coop.openProducts()
      await coop.openProductNamed("奉节脐橙")
      const before = await coop.photos().count()
      await shot(farmer, JOURNEY, "03-coop-photos-before")

      await coop.uploadPhoto(await grovePhoto(farmer))
      assert.equal(await coop.photos().count(), before + 1)
      await coop.makeLastPhotoMain()
      const [first] = await coop.photoSources()
      assert.match(decodeURIComponent(first), /vendor-.+-thumb\.webp/)
      await shot(farmer, JOURNEY, "04-coop-photo-uploaded-and-main")
    })
  })

  it("saves a price, a stock and the English name with one press, and says what a refusal left unsaved", async () => {
    await withFailureShot(farmer, JOURNEY, async () => {
      const coop = new CoopConsole(farmer)
      const form = coop.productForm()
      const price = form.getByTestId("coop-price-input").first()
      const stock = form.getByTestId("coop-stock-input").first()
      const titleEn = form.locator('input[name="title_en"]')
      const priceName = (await price.getAttribute("name"))!
      const stockName = (await stock.getAttribute("name"))!
      const variantId = priceName.replace(/^price_/, "")
      const size = form.locator(`input[name="title_${variantId}"]`)
      const was = {
        price: await price.inputValue(),
        stock: await stock.inputValue(),
        titleEn: await titleEn.inputValue(),
        size: await size.inputValue(),
      }
      const reload = async () => {
        await farmer.reload()
        await coop.productForm().waitFor()
      }

      // Three sections changed, one press: all saved, and still there after a reload.
      await price.fill("45.8")
      await stock.fill(String(Number(was.stock) + 5))
      await titleEn.fill("Fengjie navel oranges from the grove")
      assert.deepEqual(await coop.saveProduct(), { ok: true, text: "已保存" })
      await reload()
      assert.equal(await price.inputValue(), "45.8")
      assert.equal(await stock.inputValue(), String(Number(was.stock) + 5))
      assert.equal(
        await titleEn.inputValue(),
        "Fengjie navel oranges from the grove"
      )
      await shot(farmer, JOURNEY, "04a-coop-one-save-saved")

      // Pressed again with nothing changed: nothing is sent.
      assert.deepEqual(await coop.saveProduct(), {
        ok: true,
        text: "没有需要保存的修改。",
      })

      // A price in words saves nothing, says so at the price, keeps the rest typed.
      await price.fill("四十")
      await stock.fill(was.stock)
      const mistyped = await coop.saveProduct()
      assert.equal(mistyped.ok, false)
      assert.match(mistyped.text, /这次没有保存任何修改/)
      assert.equal(
        await coop.productFieldError(priceName),
        "请输入大于 0 的价格，最多两位小数。"
      )
      assert.equal(await price.inputValue(), "四十")
      assert.equal(await stock.inputValue(), was.stock)

      // The price is taken, then the API refuses the stock: the answer names
      // both, the refusal sits at the stock in Chinese, the typed stock stays.
      await price.fill(was.price)
      await stock.fill("200000")
      const partial = await coop.saveProduct()
      assert.equal(partial.ok, false)
      assert.match(partial.text, /已保存：规格与价格。/)
      assert.match(partial.text, new RegExp(`未保存：库存（${was.size}）`))
      assert.equal(
        await coop.productFieldError(stockName),
        "数量最多 100,000。"
      )
      assert.equal(await stock.inputValue(), "200000")
      await shot(farmer, JOURNEY, "04b-coop-one-save-partly-refused")
      // As the farmer sees it: the save sticks to the bottom of the screen.
      await price.scrollIntoViewIfNeeded()
      await farmer.screenshot({
        path: `${ARTIFACTS}/${JOURNEY}/04c-coop-one-save-desktop.png`,
      })
      await farmer.setViewportSize(PHONE)
      await stock.scrollIntoViewIfNeeded()
      await farmer.screenshot({
        path: `${ARTIFACTS}/${JOURNEY}/04d-coop-one-save-phone.png`,
      })
      await farmer.setViewportSize(DESKTOP)

      // Put everything back with one more press.
      await stock.fill(was.stock)
      await titleEn.fill(was.titleEn)
      assert.deepEqual(await coop.saveProduct(), { ok: true, text: "已保存" })
      await reload()
      assert.equal(await price.inputValue(), was.price)
      assert.equal(await stock.inputValue(), was.stock)
      assert.equal(await titleEn.inputValue(), was.titleEn)
    })
  })

  it("shows the uploaded photo first in the product's gallery, on its card and in the cart", async () => {
    await withFailureShot(shopper, JOURNEY, async () => {
      const product = new ProductPage(shopper)
      // The catalogue picks the change up from the product.updated event,
      // and the shop caches a product page for up to 10 s.
      const deadline = Date.now() + 90_000
      const uploaded = /\/static\/.*vendor-.+\.webp$/
      let main = { src: "", original: "" }
      for (;;) {
        await product.open(HANDLE)
        main = await loadedImage(shopper, "product-photo")
        if (uploaded.test(main.original) || Date.now() > deadline) break
        await shopper.waitForTimeout(2000)
      }
      assert.match(main.original, /\/static\/.*vendor-[^/]+[0-9a-f]\.webp$/)
      assert.equal(await shopper.getByTestId("product-photo").count(), 3)
      const file = await served(shopper, main.src)
      assert.equal(file.type, "image/webp")
      await shot(shopper, JOURNEY, "05-product-shows-uploaded-photo")

      await shopper.goto(
        `${STOREFRONT_URL}/store?q=${encodeURIComponent("奉节")}`
      )
      const card = shopper
        .getByTestId("product-card")
        .filter({ has: shopper.locator(`a[href$="/products/${HANDLE}"]`) })
      await card.getByTestId("product-card-image").waitFor()
      const cardSrc = await card
        .getByTestId("product-card-image")
        .evaluate((img) => (img as HTMLImageElement).currentSrc)
      assert.match(decodeURIComponent(cardSrc), /vendor-.+-thumb\.webp/)

      await product.open(HANDLE)
      await product.addFirstGrade()
      const cart = new CartPage(shopper)
      await cart.open()
      const thumb = await loadedImage(shopper, "cart-item-thumbnail")
      assert.match(thumb.original, /vendor-.+-thumb\.webp$/)
      assert.equal((await served(shopper, thumb.src)).type, "image/webp")
      await shot(shopper, JOURNEY, "06-cart-thumbnail")
    })
  })
})
