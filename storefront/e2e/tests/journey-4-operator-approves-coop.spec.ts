import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { AdminConsole } from "../fixtures/admin-page"
import {
  launch,
  newContext,
  PHONE,
  shot,
  STOREFRONT_URL,
  withFailureShot,
} from "../fixtures/browser"
import { credentials, E2E } from "../fixtures/env"

const JOURNEY = "journey-4"
/** The demo seed's one co-op still waiting for review. */
const PENDING = "巫山县曲尺脆李专业合作社"
const DESKTOP = { width: 1440, height: 900 }
/**
 * A co-op that signs up in the journey: its district picked by name, its
 * handle left for the platform to make from the name (without 县 and the
 * legal form, in pinyin). The credit code is valid and in no demo data.
 */
const SIGN_UP = {
  name: "巫山县红叶脆李专业合作社",
  district: "巫山县",
  handle: "wushan-hongye-cuili",
  creditCode: "93500237MA6E2E4J07",
  contact: "向红叶",
  phone: "023-5768-1234",
  email: "hongye@coop.example",
  password: "hongye-coop-2026",
}

describe("journey 4: a co-op signs up, and an operator approves a co-op on its admin page", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let admin: AdminConsole

  /** Requests the admin tried to send anywhere but its own backend. */
  const external: string[] = []

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { viewport: DESKTOP, locale: "zh-CN" })
    // An offline back office: every request off the backend's origin fails,
    // and is noted, so an asset fetched from a CDN shows up here.
    const own = new URL(E2E.backendUrl).origin
    await context.route("**/*", (route) => {
      const url = route.request().url()
      if (url.startsWith(own) || url.startsWith("data:")) {
        return route.continue()
      }
      external.push(url)
      return route.abort()
    })
    page = await context.newPage()
    admin = new AdminConsole(page)
  })
  after(async () => {
    await browser?.close()
  })

  it("signs a co-op up with its district picked by name and no handle, and shows the handle made for it", async () => {
    // The farmer is on a phone, in a context of its own: the admin's is offline.
    const farmerContext = await newContext(browser, {
      viewport: PHONE,
      locale: "zh-CN",
    })
    const farmer = await farmerContext.newPage()
    try {
      await withFailureShot(farmer, JOURNEY, async () => {
        await farmer.goto(`${STOREFRONT_URL}/co-op/sign-up`)
        const form = farmer.getByTestId("coop-sign-up-form")
        await form.getByTestId("su-name").fill(SIGN_UP.name)
        await form.getByTestId("su-credit-code").fill(SIGN_UP.creditCode)
        await form
          .getByTestId("su-region")
          .selectOption({ label: SIGN_UP.district })
        assert.equal(
          await form.getByTestId("su-region").inputValue(),
          "500237",
          "the picker sends the district's GB/T 2260 code"
        )
        assert.equal(
          await form.getByTestId("su-handle").isVisible(),
          false,
          "the handle waits behind the disclosure"
        )
        await form.getByTestId("su-contact-name").fill(SIGN_UP.contact)
        await form.getByTestId("su-contact-phone").fill(SIGN_UP.phone)
        await form.getByTestId("su-member-name").fill(SIGN_UP.contact)
        await form.getByTestId("su-email").fill(SIGN_UP.email)
        await form.getByTestId("su-password").fill(SIGN_UP.password)
        await shot(farmer, JOURNEY, "00a-co-op-sign-up")
        await form.getByTestId("coop-sign-up-submit").click()

        await farmer.getByTestId("coop-pending-review").waitFor()
        assert.equal(
          (await farmer.getByTestId("coop-handle").innerText()).trim(),
          `店铺标识：${SIGN_UP.handle}`
        )
        await shot(farmer, JOURNEY, "00b-co-op-signed-up")
      })
    } finally {
      await farmerContext.close()
    }
  })

  it("finds the pending co-ops in the review queue and sees their details", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await admin.signIn(credentials().admin)
      await admin.openCoOps()
      await shot(page, JOURNEY, "01-review-queue")

      // The co-op that signed up above, with the handle made for it.
      await admin.coOpLink(SIGN_UP.name).click()
      await admin
        .detail()
        .getByRole("heading", { name: SIGN_UP.name })
        .waitFor()
      const signedUp = await admin.detail().innerText()
      assert.ok(signedUp.includes(SIGN_UP.handle), "its generated handle")
      assert.ok(signedUp.includes("巫山县 / Wushan County"), "its district")
      await shot(page, JOURNEY, "01b-signed-up-co-op")

      await admin.openCoOps()
      await admin.coOpLink(PENDING).click()

      const detail = admin.detail()
      await detail.waitFor()
      await detail.getByRole("heading", { name: PENDING }).waitFor()
      assert.equal(
        await admin.status().getAttribute("data-status"),
        "pending_review"
      )
      const text = await detail.innerText()
      for (const expected of [
        "巫山县 / Wushan County",
        "统一社会信用代码",
        "联系人",
        "佣金率",
      ]) {
        assert.ok(text.includes(expected), `the page shows ${expected}`)
      }
      await page.getByTestId("vendor-action-approve").waitFor()
      await page.getByTestId("vendor-action-reject").waitFor()
      await shot(page, JOURNEY, "02-co-op-pending")
    })
  })

  it("approves it with a reason, and the page shows it active with the decision in its history", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const reason = "营业执照与统一社会信用代码已核验，资质齐全"
      await page.getByTestId("vendor-action-approve").click()
      // The confirm stays off until a reason is given.
      assert.equal(
        await page.getByTestId("vendor-action-confirm").isDisabled(),
        true
      )
      await page.locator("#status-reason").fill(reason)
      await shot(page, JOURNEY, "03-approve-drawer")
      await page.getByTestId("vendor-action-confirm").click()

      await admin
        .detail()
        .locator('[data-testid="vendor-status"][data-status="active"]')
        .waitFor()
      await page.getByTestId("co-op-status-reason").getByText(reason).waitFor()
      const history = await admin.detail().innerText()
      assert.ok(history.includes("待审核 / Pending review →"))
      assert.ok(history.includes(credentials().admin.email), "who decided")
      // An active co-op can be suspended or closed, no longer approved.
      await page.getByTestId("vendor-action-suspend").waitFor()
      assert.equal(await page.getByTestId("vendor-action-approve").count(), 0)
      await shot(page, JOURNEY, "04-co-op-active")
      // The admin scrolls inside its own frame, so a full-page picture
      // stops at the fold: bring the history into view for its own.
      await page.getByTestId("co-op-status-history").scrollIntoViewIfNeeded()
      await shot(page, JOURNEY, "05-co-op-history")
    })
  })

  it("keeps the decision after a reload, and the co-op leaves the pending queue", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.reload()
      await admin
        .detail()
        .locator('[data-testid="vendor-status"][data-status="active"]')
        .waitFor()
      await page.goto(admin.url("/co-ops"))
      await page.getByRole("tab").first().waitFor()
      await page.waitForLoadState("networkidle")
      assert.equal(await admin.coOpLink(PENDING).count(), 0)
    })
  })

  it("creates an origin brand, with a readable refusal first and region names in the list", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.goto(admin.url("/brands"))
      await page.getByTestId("brand-create").click()
      await page.locator("#brand-name_zh").fill("巫山脆李")
      await page.locator("#brand-name_en").fill("Wushan Crisp Plum")
      assert.equal(
        await page.locator("#brand-handle").inputValue(),
        "wushan-crisp-plum",
        "the handle is made from the English name"
      )
      await page.locator("#region-500237").click()
      await page.locator("#brand-gi_number").fill("GI-123")
      await page.getByTestId("brand-create-submit").click()
      const refusal = page.getByTestId("brand-create-error")
      await refusal.waitFor()
      const words = await refusal.innerText()
      assert.match(words, /未能创建/)
      assert.match(words, /gi_number/)
      assert.doesNotMatch(words, /Invalid request|\[object Object\]/)
      await shot(page, JOURNEY, "06-brand-refused")

      await page.locator("#brand-gi_number").fill("")
      await page.getByTestId("brand-create-submit").click()
      await refusal.waitFor({ state: "detached" })
      const row = page.getByRole("row").filter({ hasText: "巫山脆李" })
      await row.waitFor()
      assert.ok((await row.innerText()).includes("巫山县"), "region by name")
      assert.ok(!(await row.innerText()).includes("500237"), "not by code")
      await shot(page, JOURNEY, "07-brand-created")
    })
  })

  it("creates a grade standard with a measured level", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.goto(admin.url("/standards"))
      await page.getByTestId("standard-create").click()
      await page.locator("#standard-code").fill("TTM-PLUM-2026")
      await page.locator("#standard-product_kind").fill("crisp_plum")
      await page.locator("#standard-title_zh").fill("巫山脆李分级（平台规则）")
      await page
        .locator("#standard-title_en")
        .fill("Wushan crisp plum (platform rule)")
      await page
        .locator("#standard-source")
        .fill("田头市场平台规则 2026 / Tiantou Market platform rule, 2026")
      // Level 1 comes with one criterion, soluble solids: at least 12 %,
      // first typed with a maximum below it.
      await page.locator("#level-0-0-min").fill("12")
      await page.locator("#level-0-0-max").fill("5")
      await page.getByTestId("standard-create-submit").click()
      const refusal = page.getByTestId("standard-create-error")
      await refusal.waitFor()
      assert.match(await refusal.innerText(), /未能创建.*(min|max)/s)
      await shot(page, JOURNEY, "08-standard-refused")
      await page.locator("#level-0-0-max").fill("")
      await page.getByTestId("standard-create-submit").click()
      await page.getByRole("row").filter({ hasText: "TTM-PLUM-2026" }).waitFor()
      await shot(page, JOURNEY, "09-standard-created")
    })
  })

  it("draws country flags from the admin itself, with no request off the backend", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      // The tax regions list draws each country's flag (the demo has 中国).
      await page.goto(admin.url("/settings/tax-regions"))
      const flag = page.locator('img[src*="/4x3/"]').first()
      await flag.waitFor()
      const src = (await flag.getAttribute("src"))!
      assert.ok(
        new URL(src, E2E.backendUrl).origin === new URL(E2E.backendUrl).origin,
        `the flag comes from the backend: ${src}`
      )
      await page.waitForFunction(
        (img) => (img as HTMLImageElement).naturalWidth > 0,
        await flag.elementHandle()
      )
      await shot(page, JOURNEY, "10-tax-region-flag")
      assert.deepEqual(external, [], "the admin asked for nothing off-site")
    })
  })
})
