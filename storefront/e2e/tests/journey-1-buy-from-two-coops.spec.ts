import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { AccountPage } from "../fixtures/account-page"
import {
  JIEFANGBEI,
  PHONE,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { CheckoutPage, ConfirmationPage } from "../fixtures/checkout-page"
import { credentials } from "../fixtures/env"
import { CartPage, ProductPage } from "../fixtures/shop-page"
import {
  loadJourneyState,
  resetJourneyState,
  saveJourneyState,
} from "../fixtures/state"

const JOURNEY = "journey-1"
// data/demo/products.json: the demo co-op owner's oranges, and 梁平柚 from
// another co-op. Both are ambient, so each co-op's pickup is 自提·常温.
const ORANGE = {
  handle: "fengjie-navel-orange",
  coop: "fengjie-kuimen-orange-coop",
}
const OTHER = {
  handle: "liangping-pomelo",
  coop: "liangping-jindai-pomelo-coop",
}
// data/demo/pickup-points.json: where the demo staff works, at 解放碑.
const POINT = {
  handle: "yuzhong-jiefangbei-bayi-rd",
  name_zh: "解放碑八一路社区便利店",
}
const CONTACT = { name: "李晓梅", phone: "+86 138 0000 0000" }

describe("journey 1: a consumer buys from two co-ops with pickup", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  before(async () => {
    resetJourneyState()
    browser = await launch()
    context = await newContext(browser, {
      viewport: PHONE,
      locale: "zh-CN",
      geolocation: JIEFANGBEI,
      permissions: ["geolocation"],
    })
    page = await context.newPage()
  })
  after(async () => {
    await browser?.close()
  })

  it("checks out once with pickup at 解放碑八一路 for both co-ops and confirms 2 orders", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const customer = credentials().customer
      const account = new AccountPage(page)
      await account.signIn(customer)
      await shot(page, JOURNEY, "01-signed-in")

      const product = new ProductPage(page)
      await product.open(ORANGE.handle)
      assert.equal(await product.coopHandle(), ORANGE.coop)
      await product.addFirstGrade()
      await shot(page, JOURNEY, "02-added-orange")
      await product.open(OTHER.handle)
      assert.equal(await product.coopHandle(), OTHER.coop)
      await product.addFirstGrade()
      await shot(page, JOURNEY, "03-added-pomelo")

      const cart = new CartPage(page)
      await cart.open()
      assert.deepEqual(await cart.coopHandles(), [ORANGE.coop, OTHER.coop])
      await shot(page, JOURNEY, "04-cart-by-coop")

      await cart.goToCheckout()
      const checkout = new CheckoutPage(page)
      assert.deepEqual(await checkout.coopHandles(), [ORANGE.coop, OTHER.coop])
      await checkout.fillContact({ email: customer.email, ...CONTACT })
      await shot(page, JOURNEY, "05-contact-saved")

      await checkout.locateFromBrowser(JIEFANGBEI)
      let pointId = ""
      for (const coop of [ORANGE.coop, OTHER.coop]) {
        const listed = await checkout.listedPickupPoints(coop)
        assert.ok(listed.length > 1, `${coop} lists several pickup points`)
        const [nearest] = listed
        assert.equal(nearest.handle, POINT.handle, `${coop}: nearest first`)
        assert.ok(nearest.text.includes(POINT.name_zh))
        assert.ok(
          nearest.distance_m !== null && nearest.distance_m < 100,
          `${POINT.handle} is where the shopper stands (${nearest.distance_m} m)`
        )
        const distances = listed.map((p) => p.distance_m ?? Infinity)
        assert.deepEqual(
          distances,
          [...distances].sort((a, b) => a - b),
          "points are sorted by distance"
        )
        pointId = nearest.id
      }
      await shot(page, JOURNEY, "06-pickup-points-nearest-first")

      for (const coop of [ORANGE.coop, OTHER.coop]) {
        await checkout.choosePickup(coop, POINT.handle)
      }
      for (const coop of [ORANGE.coop, OTHER.coop]) {
        assert.equal(await checkout.chosenPickupPointId(coop), pointId)
      }
      await shot(page, JOURNEY, "07-pickup-chosen")

      await checkout.placeOrder()
      const confirmation = new ConfirmationPage(page)
      assert.equal(await confirmation.orders().count(), 2)
      const orders = await confirmation.confirmedOrders()
      assert.deepEqual(
        orders.map((o) => o.vendor_handle).sort(),
        [ORANGE.coop, OTHER.coop].sort()
      )
      for (const order of orders) {
        assert.match(order.id, /^order_/)
        assert.match(order.display_id, /^\d+$/)
      }
      const group = await confirmation.group()
      assert.match(group.display_id, /^\d+$/)
      await shot(page, JOURNEY, "08-confirmation-2-orders")

      saveJourneyState({
        customer,
        order_group: { ...group, display_id: Number(group.display_id) },
        orders: orders.map((o) => ({ ...o, display_id: Number(o.display_id) })),
        pickup_point: POINT,
      })
    })
  })

  it("shows each order in the account, to be collected at 解放碑八一路", async () => {
    const { orders } = loadJourneyState()
    assert.equal(orders?.length, 2, "the checkout above saved 2 orders")
    await withFailureShot(page, JOURNEY, async () => {
      const account = new AccountPage(page)
      await account.open()
      assert.ok((await account.orderRows().count()) >= 2)
      await shot(page, JOURNEY, "09-account-orders")
      for (const order of orders!) {
        await account.openOrder(order.id)
        assert.ok(
          (await account.pickupCard().innerText()).includes(POINT.name_zh)
        )
        await shot(page, JOURNEY, `10-order-${order.vendor_handle}`)
      }
    })
  })
})
