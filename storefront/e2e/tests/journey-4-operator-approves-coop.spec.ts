import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { AdminConsole } from "../fixtures/admin-page"
import { launch, newContext, shot, withFailureShot } from "../fixtures/browser"
import { credentials } from "../fixtures/env"

const JOURNEY = "journey-4"
/** The demo seed's one co-op still waiting for review. */
const PENDING = "巫山县曲尺脆李专业合作社"
const DESKTOP = { width: 1440, height: 900 }

describe("journey 4: an operator approves a co-op on its admin page", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let admin: AdminConsole

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { viewport: DESKTOP, locale: "zh-CN" })
    page = await context.newPage()
    admin = new AdminConsole(page)
  })
  after(async () => {
    await browser?.close()
  })

  it("finds the pending co-op in the review queue and sees its details", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await admin.signIn(credentials().admin)
      await admin.openCoOps()
      await shot(page, JOURNEY, "01-review-queue")
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
})
