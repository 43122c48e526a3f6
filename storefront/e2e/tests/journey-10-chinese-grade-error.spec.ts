import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { launch, newContext, shot, withFailureShot } from "../fixtures/browser"
import { CoopConsole } from "../fixtures/coop-page"
import { CoopGradeForm } from "../fixtures/coop-grade-form"
import { credentials } from "../fixtures/env"

const JOURNEY = "journey-10"

/** A desktop, as co-ops run their console. */
const DESKTOP = { width: 1280, height: 900 }

/**
 * 奉节 navel oranges measured for 特级 (GB/T 21488-2008), all in the band
 * except the sugar: 9.5% soluble solids where 特级 needs at least 11%.
 */
const MEASURED = {
  color_coverage_pct: "92",
  blemish_area_cm2: "0.5",
  largest_blemish_cm2: "0.2",
  peel_thickness_mm: "4",
  soluble_solids_pct: "9.5",
  solids_acid_ratio: "12",
  edible_portion_pct: "75",
  out_of_grade_pct: "2",
}

describe("journey 10: a Chinese grade error", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let productId = ""

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { viewport: DESKTOP, locale: "zh-CN" })
    page = await context.newPage()
  })
  after(async () => {
    await browser?.close()
  })

  it("refuses 特级 at 9.5% soluble solids in Chinese, at the field, keeping what was typed", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await new CoopConsole(page).signIn(credentials().vendor)
      const grade = new CoopGradeForm(page)
      productId = await grade.openProductNamed("脐橙")
      await grade.declare("GB/T 21488-2008", "premium", MEASURED)

      assert.equal(
        await grade.fieldError("soluble_solids_pct"),
        "可溶性固形物 9.5% 低于特级最低值 11%。"
      )
      // Only the measurement that misses the level is refused.
      assert.equal(
        await page.locator('[data-testid^="field-error-"]').count(),
        1,
        "one refusal, at soluble solids"
      )
      const sentence = await page.getByTestId("form-error").innerText()
      assert.equal(sentence.trim(), "请检查标出的栏目。")
      assert.doesNotMatch(
        await page.getByTestId("coop-grade-form").first().innerText(),
        /soluble_solids_pct|below the|minimum/,
        "no backend English is shown"
      )
      for (const [metric, value] of Object.entries(MEASURED)) {
        assert.equal(await grade.typed(metric), value, `${metric} kept`)
      }
      await grade.show()
      await shot(page, JOURNEY, "01-grade-refused-zh")
    })
  })

  it("says the same in English on the English console", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const grade = new CoopGradeForm(page, "en")
      await grade.gotoProduct(productId)
      await grade.declare("GB/T 21488-2008", "premium", MEASURED)
      assert.equal(
        await grade.fieldError("soluble_solids_pct"),
        "Soluble solids 9.5% is below the Premium minimum of 11%."
      )
      assert.equal(await grade.typed("soluble_solids_pct"), "9.5")
      await grade.show()
      await shot(page, JOURNEY, "02-grade-refused-en")
    })
  })
})
