import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import {
  PHONE,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { CoopConsole } from "../fixtures/coop-page"
import { credentials } from "../fixtures/env"
import { loadJourneyState, saveJourneyState } from "../fixtures/state"

const JOURNEY = "journey-2"

describe("journey 2: the co-op fulfils its order to the pickup point", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let coop: CoopConsole
  const state = loadJourneyState()

  before(async () => {
    assert.equal(
      state.orders?.length,
      2,
      "journey 1 saved its two co-op orders in test-artifacts/e2e-state.json"
    )
    browser = await launch()
    context = await newContext(browser, { viewport: PHONE, locale: "zh-CN" })
    page = await context.newPage()
    coop = new CoopConsole(page)
  })
  after(async () => {
    await browser?.close()
  })

  it("lists its own order from journey 1 and not the other co-op's", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await coop.signIn(credentials().vendor)
      await shot(page, JOURNEY, "01-dashboard")
      const handle = await coop.coopHandle()
      const own = state.orders!.filter((o) => o.vendor_handle === handle)
      const others = state.orders!.filter((o) => o.vendor_handle !== handle)
      assert.equal(own.length, 1, `one of journey 1's orders is ${handle}'s`)
      assert.equal(others.length, 1, "the other order is another co-op's")

      await coop.openOrders()
      const listed = await coop.listedOrderIds()
      assert.ok(listed.includes(own[0].id), "its own order is listed")
      assert.ok(!listed.includes(others[0].id), "the other co-op's is not")
      await shot(page, JOURNEY, "02-order-list")
    })
  })

  it("answers not found for the other co-op's order opened by its URL", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const handle = await coop.coopHandle()
      const other = state.orders!.find((o) => o.vendor_handle !== handle)!
      await coop.gotoOrder(other.id)
      await coop.notFound().waitFor()
      assert.equal(await page.getByTestId("coop-order").count(), 0)
      await shot(page, JOURNEY, "03-other-coops-order-not-found")
    })
  })

  it("opens its order, fulfils it to the pickup point and shows it fulfilled", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const handle = await coop.coopHandle()
      const own = state.orders!.find((o) => o.vendor_handle === handle)!
      await coop.openOrders()
      await coop.openOrderFromList(own.id)
      assert.equal(await coop.deliveryKind(), "pickup")
      if (state.pickup_point) {
        assert.ok(
          (await coop.pickupPointName()).includes(state.pickup_point.name_zh),
          `the order goes to ${state.pickup_point.name_zh}`
        )
      }
      assert.equal(await coop.fulfillmentStatus(), "not_fulfilled")
      await shot(page, JOURNEY, "04-order-to-fulfil")

      await coop.fulfilToPickupPoint()
      assert.equal(await coop.fulfillmentStatus(), "fulfilled")
      assert.equal(await coop.fulfillments().count(), 1)
      await shot(page, JOURNEY, "05-fulfilled-to-pickup-point")

      // The list agrees after a fresh load.
      await coop.openOrders()
      const row = page.locator(
        `[data-testid="coop-order-row"][data-order-id="${own.id}"]`
      )
      assert.equal(
        await row.getByTestId("coop-order-status").getAttribute("data-status"),
        "fulfilled"
      )
      saveJourneyState({ fulfilled_order_id: own.id })
    })
  })
})
