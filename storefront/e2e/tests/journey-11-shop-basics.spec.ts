import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import path from "node:path"
import {
  ARTIFACTS,
  PHONE,
  STOREFRONT_URL,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import {
  CartLine,
  ProductPage,
  ShopHeader,
  productGrades,
} from "../fixtures/shop-page"

const JOURNEY = "journey-11"
// data/demo/products.json and categories.json: the graded oranges sell
// 特级 ¥89, 一级 ¥66 and 二级 ¥45; oranges, pomelo and lemon are 柑橘橙柚
// under 水果; pepper and chilli are 干货调味.
const GRADED = "fengjie-navel-orange-graded"
const ORANGE = "fengjie-navel-orange"
const FRUIT = ["fengjie-navel-orange", "liangping-pomelo", "tongnan-lemon"]
const NOT_FRUIT = ["jiangjin-sichuan-pepper", "shizhu-red-chilli"]

/** React's hydration failures (#418, #423, #425) and their dev wording. */
const HYDRATION = /Minified React error #(418|423|425)|[Hh]ydration/

async function listedHandles(page: Page): Promise<string[]> {
  const links = page.locator(
    '[data-testid="product-card"] a[href*="/products/"]'
  )
  const hrefs = await links.evaluateAll((as) =>
    as.map((a) => (a as HTMLAnchorElement).pathname)
  )
  return [...new Set(hrefs.map((h) => decodeURIComponent(h.split("/").pop()!)))]
}

describe("journey 11: cart and product basics, categories, English", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const consoleErrors: string[] = []

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { viewport: PHONE, locale: "zh-CN" })
    page = await context.newPage()
    page.on("console", (m) => {
      if (m.type() === "error") {
        consoleErrors.push(m.text())
      }
    })
    page.on("pageerror", (e) => consoleErrors.push(String(e)))
  })
  after(async () => {
    await browser?.close()
  })

  it("navigates by category from the home page, and every search hint finds products", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.goto(`${STOREFRONT_URL}/`)
      const nav = page.getByTestId("category-nav")
      await nav.waitFor()
      const top = await nav
        .getByTestId("category-link")
        .evaluateAll((as) => as.map((a) => a.textContent?.trim()))
      assert.ok(top.includes("水果"), `top categories: ${top.join(", ")}`)
      assert.ok(top.includes("干货调味"))
      // 蔬菜 and 粮油 hold no demo product yet: no link to an empty page.
      assert.ok(!top.includes("蔬菜"), "an empty category is not offered")
      await shot(page, JOURNEY, "01-home-phone")

      await nav.getByText("水果", { exact: true }).click()
      await page.waitForURL(/category=fruit/)
      await page.getByTestId("result-count").waitFor()
      const fruit = await listedHandles(page)
      for (const handle of FRUIT) {
        assert.ok(fruit.includes(handle), `水果 lists ${handle}`)
      }
      for (const handle of NOT_FRUIT) {
        assert.ok(!fruit.includes(handle), `水果 does not list ${handle}`)
      }
      // The chosen category opens its subcategories.
      await page
        .getByTestId("subcategory-link")
        .filter({ hasText: "柑橘橙柚" })
        .waitFor()
      await shot(page, JOURNEY, "02-category-fruit")

      // The search box's own hint: each term it suggests finds something.
      await page.goto(`${STOREFRONT_URL}/`)
      const hint = await page
        .getByTestId("home-search")
        .getAttribute("placeholder")
      const terms = (hint ?? "")
        .replace(/^[^：:]*[：:]/, "")
        .replace(/…$/, "")
        .split(/[、,，]/)
        .map((s) => s.trim())
        .filter(Boolean)
      assert.ok(terms.length >= 2, `hint "${hint}" names terms`)
      for (const term of terms) {
        await page.goto(`${STOREFRONT_URL}/store?q=${encodeURIComponent(term)}`)
        await page.getByTestId("result-count").waitFor()
        assert.equal(
          await page.getByTestId("listing-empty").count(),
          0,
          `the hint's “${term}” finds products`
        )
      }

      // 开州区 is inside the 奉节脐橙 brand's area, but nothing grew there.
      await page.goto(`${STOREFRONT_URL}/store?region=500154`)
      await page.getByTestId("result-count").waitFor()
      const kaizhou = await listedHandles(page)
      assert.ok(
        !kaizhou.some((h) => h.startsWith("fengjie")),
        `开州区 lists no 奉节 oranges (${kaizhou.join(", ")})`
      )
    })
  })

  it("orders grades by rank, preselects the cheapest and keeps a buy bar in reach", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const product = new ProductPage(page)
      await product.open(GRADED)
      const grades = await productGrades(page)
      assert.deepEqual(
        grades.map((g) => g.label.split(" ")[0]),
        ["特级", "一级", "二级"],
        "特级 first"
      )
      assert.deepEqual(
        grades.map((g) => g.checked),
        [false, false, true],
        "the cheapest grade (二级) is chosen"
      )
      const bar = page.getByTestId("buy-bar")
      assert.match(await page.getByTestId("buy-bar-price").innerText(), /45/)
      const box = await bar.boundingBox()
      assert.ok(box, "the buy bar is shown")
      assert.ok(
        Math.abs(box.y + box.height - PHONE.height) < 2,
        `the buy bar sits at the bottom of the phone's screen (${box.y}+${box.height})`
      )
      // Still there after scrolling to the grade cards.
      await page.getByTestId("grade-card").last().scrollIntoViewIfNeeded()
      const scrolled = await bar.boundingBox()
      assert.ok(scrolled && Math.abs(scrolled.y - box.y) < 2)
      await shot(page, JOURNEY, "03-product-phone")
      await page.screenshot({
        path: path.join(ARTIFACTS, JOURNEY, "03b-product-viewport.png"),
      })
    })
  })

  it("counts the cart in the header and steps quantities, asking before removing", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const header = new ShopHeader(page)
      assert.equal(await header.cartCount(), 0, "no badge on an empty cart")
      const product = new ProductPage(page)
      await product.open(GRADED)
      await product.addFirstGrade()
      await header.waitForCartCount(1)
      await product.open(ORANGE)
      await product.addFirstGrade()
      await header.waitForCartCount(2)

      await page.goto(`${STOREFRONT_URL}/cart`)
      await page.getByTestId("cart-item").first().waitFor()
      assert.equal(await page.getByTestId("cart-item").count(), 2)
      // Each demo product has a photo: each line shows its thumbnail.
      assert.equal(await page.getByTestId("cart-item-thumbnail").count(), 2)
      assert.equal(await page.getByTestId("cart-thumb-empty").count(), 0)
      const orange = new CartLine(page, "奉节脐橙")
      assert.equal(await orange.quantity(), 1)
      await orange.step("increase", 2)
      await header.waitForCartCount(3)
      await orange.step("increase", 3)
      await header.waitForCartCount(4)
      await orange.step("decrease", 2)
      await header.waitForCartCount(3)
      await shot(page, JOURNEY, "04-cart-phone")

      // − at 1 asks first; 保留 keeps the line.
      const graded = new CartLine(page, "奉节脐橙 分级鲜果 5kg")
      await graded.line().getByTestId("cart-decrease").click()
      const confirm = graded.line().getByTestId("cart-confirm-remove")
      await confirm.waitFor()
      assert.match(await confirm.innerText(), /移除/)
      await shot(page, JOURNEY, "05-cart-confirm-remove")
      await confirm.getByTestId("cart-confirm-no").click()
      await confirm.waitFor({ state: "detached" })
      assert.equal(await graded.quantity(), 1)
      assert.equal(await page.getByTestId("cart-item").count(), 2)

      // Asked again, 移除 removes it.
      await graded.line().getByTestId("cart-decrease").click()
      await graded.line().getByTestId("cart-confirm-yes").click()
      await graded.line().waitFor({ state: "detached" })
      assert.equal(await page.getByTestId("cart-item").count(), 1)
      await header.waitForCartCount(2)
    })
  })

  it("renders the filtered listing without a hydration error", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      consoleErrors.length = 0
      for (const target of [
        "/store?q=%E8%84%90%E6%A9%99&grade=premium",
        "/store?q=脐橙&grade=premium",
        "/en/store?q=orange&grade=premium",
      ]) {
        await page.goto(`${STOREFRONT_URL}${target}`)
        await page.getByTestId("result-count").waitFor()
        // Let hydration and the search box's first effect run.
        await page.waitForLoadState("networkidle")
      }
      const hydration = consoleErrors.filter((e) => HYDRATION.test(e))
      assert.deepEqual(hydration, [], "no hydration error")
    })
  })

  it("keeps a Chinese reader on Chinese pages despite an old /en cookie", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const url = new URL(STOREFRONT_URL)
      await context.addCookies([
        { name: "NEXT_LOCALE", value: "en", domain: url.hostname, path: "/" },
      ])
      const response = await page.goto(`${STOREFRONT_URL}/products/${ORANGE}`)
      assert.equal(new URL(page.url()).pathname, `/products/${ORANGE}`)
      assert.equal(response?.status(), 200)
      assert.equal(await page.locator("html").getAttribute("lang"), "zh-CN")
      assert.equal(await new ProductPage(page).title(), "奉节脐橙")
    })
  })

  it("speaks English on /en: co-op, grade and variant names, categories, plurals", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.goto(`${STOREFRONT_URL}/en/products/${ORANGE}`)
      await page.getByTestId("product-page").waitFor()
      assert.equal(
        (await page.getByTestId("coop-name").innerText()).trim(),
        "Fengjie Kuimen Navel Orange Growers' Co-op"
      )
      const sizes = (await productGrades(page)).map((g) => g.label)
      assert.ok(
        sizes.some((s) => s.startsWith("2.5 kg taster box")),
        `English sizes: ${sizes.join(" | ")}`
      )
      await shot(page, JOURNEY, "06-product-en")

      await page.goto(`${STOREFRONT_URL}/en/products/${GRADED}`)
      const grades = (await productGrades(page)).map((g) => g.label)
      assert.ok(grades[0].startsWith("Premium"), grades.join(" | "))
      // data/demo/claims.json: the co-op's 绿色食品 and this product's
      // 承诺达标合格证, each with its issuer's English name.
      const issuers = await page
        .getByTestId("cert-issuer")
        .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ""))
      assert.ok(issuers.length > 0, "the product shows its certificates")
      for (const issuer of issuers) {
        assert.doesNotMatch(
          issuer,
          /\p{Script=Han}/u,
          `English issuer: ${issuer}`
        )
      }

      await page.goto(`${STOREFRONT_URL}/en/cart`)
      await page.getByTestId("cart-item").first().waitFor()
      assert.match(
        await page.getByTestId("cart-coop-name").first().innerText(),
        /Fengjie Kuimen Navel Orange Growers' Co-op/
      )
      assert.equal(
        (await page.getByTestId("cart-line-title").first().innerText()).trim(),
        "Fengjie navel orange"
      )
      assert.equal(
        (
          await page.getByTestId("cart-line-variant").first().innerText()
        ).trim(),
        "2.5 kg taster box"
      )
      await shot(page, JOURNEY, "07-cart-en")

      await page.goto(`${STOREFRONT_URL}/en`)
      const top = await page
        .getByTestId("category-nav")
        .getByTestId("category-link")
        .evaluateAll((as) => as.map((a) => a.textContent?.trim()))
      assert.ok(top.includes("Fruit"), top.join(", "))
      assert.ok(top.includes("Tea"))

      // One lemon: "1 product", not "1 products".
      await page.goto(`${STOREFRONT_URL}/en/store?q=lemon`)
      assert.equal(
        (await page.getByTestId("result-count").innerText()).trim(),
        "1 product"
      )
    })
  })
})
