import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
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
import { credentials, E2E } from "../fixtures/env"
import { LookupPage } from "../fixtures/lookup-page"
import { CartPage, ProductPage } from "../fixtures/shop-page"

const JOURNEY = "journey-5"
// data/demo: the demo co-op's oranges, collected at the demo staff's point.
const ORANGE = {
  handle: "fengjie-navel-orange",
  coop: "fengjie-kuimen-orange-coop",
}
const POINT = { handle: "yuzhong-jiefangbei-bayi-rd" }
const PHONE_NUMBER = "+86 139 2468 1357"
const GUEST = {
  email: `guest-${Date.now()}@example.com`,
  name: "王小兰",
  phone: PHONE_NUMBER,
}

async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {}
): Promise<T> {
  const res = await fetch(`${E2E.backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(
      `${init.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(json)}`
    )
  }
  return json as T
}

async function login(actor: "user" | "vendor" | "pickup") {
  const all = credentials()
  const who = { user: all.admin, vendor: all.vendor, pickup: all.pickup }[actor]
  const { token } = await api<{ token: string }>(`/auth/${actor}/emailpass`, {
    method: "POST",
    body: who,
  })
  return token
}

type Notification = {
  to: string
  channel: string
  template: string
  data: Record<string, string>
}

/** What the Notification Module sent to an address (the local provider only logs it). */
async function sentTo(to: string): Promise<Notification[]> {
  const token = await login("user")
  const { notifications } = await api<{ notifications: Notification[] }>(
    `/admin/notifications?to=${encodeURIComponent(to)}&limit=50`,
    { token }
  )
  return notifications
}

describe("journey 5: a guest picks up with the code from the notification and the lookup page", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let lookup: LookupPage
  let order = { id: "", display_id: "" }
  let parcelId = ""
  let staffToken = ""
  let code = ""

  before(async () => {
    browser = await launch()
    context = await newContext(browser, {
      viewport: PHONE,
      locale: "zh-CN",
      geolocation: JIEFANGBEI,
      permissions: ["geolocation"],
    })
    page = await context.newPage()
    lookup = new LookupPage(page)
  })
  after(async () => {
    await browser?.close()
  })

  it("checks out as a guest with pickup, and the confirmation says where the code will come from", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const product = new ProductPage(page)
      await product.open(ORANGE.handle)
      await product.addFirstGrade()
      const cart = new CartPage(page)
      await cart.open()
      await cart.goToCheckout()
      const checkout = new CheckoutPage(page)
      await checkout.fillContact(GUEST)
      await checkout.locateFromBrowser(JIEFANGBEI)
      await checkout.choosePickup(ORANGE.coop, POINT.handle)
      await shot(page, JOURNEY, "01-guest-checkout")
      await checkout.placeOrder()

      const confirmation = new ConfirmationPage(page)
      const [placed] = await confirmation.confirmedOrders()
      assert.equal(placed.vendor_handle, ORANGE.coop)
      order = placed
      const note = await page.getByTestId("confirmation").innerText()
      assert.match(note, /短信和邮件/)
      assert.doesNotMatch(note, /取件码会显示在“我的订单”中/)
      await shot(page, JOURNEY, "02-confirmation")
    })
  })

  it("finds the order on the lookup page before it arrives, with no code yet", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.getByTestId("to-lookup").click()
      await page.getByTestId("lookup-form").waitFor()
      assert.equal(await lookup.orderNumber(), order.display_id)

      await lookup.lookUp({ tail: "0000" })
      await lookup.error().waitFor()
      assert.match(await lookup.error().innerText(), /没有找到这个订单/)
      await shot(page, JOURNEY, "03-lookup-wrong-tail")

      await lookup.lookUp({ order: order.display_id, tail: "１３５７" })
      await lookup.result().waitFor()
      assert.equal(await lookup.stage(), "not_fulfilled")
      await lookup.codePending().waitFor()
      await shot(page, JOURNEY, "04-lookup-before-arrival")
    })
  })

  it("sends the code by SMS and email when staff receive the parcel", async () => {
    const vendorToken = await login("vendor")
    await api(`/vendors/orders/${order.id}/fulfillments`, {
      method: "POST",
      body: {},
      token: vendorToken,
    })
    staffToken = await login("pickup")
    const { parcels } = await api<{ parcels: { id: string }[] }>(
      `/pickup/parcels?q=${order.display_id}`,
      { token: staffToken }
    )
    assert.equal(parcels.length, 1)
    parcelId = parcels[0].id
    await api(`/pickup/parcels/${parcelId}/receive`, {
      method: "POST",
      body: {},
      token: staffToken,
    })

    const sms = (await sentTo(PHONE_NUMBER)).filter(
      (n) => n.template === "pickup-parcel-ready"
    )
    assert.equal(sms.length, 1)
    assert.equal(sms[0].channel, "sms")
    code = sms[0].data.code
    assert.match(code, /^\d{6}$/)
    assert.ok(sms[0].data.message_zh.includes(`取件码 ${code}`))
    const email = (await sentTo(GUEST.email)).filter(
      (n) => n.template === "pickup-parcel-ready"
    )
    assert.equal(email.length, 1)
    assert.equal(email[0].data.code, code)
  })

  it("shows the same code and its QR on the lookup page, and no code once picked up", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.reload()
      await lookup.result().waitFor()
      assert.equal(await lookup.pickupCode(), code)
      await lookup.qr().waitFor()
      assert.equal(await lookup.stage(), "ready_for_pickup")
      await shot(page, JOURNEY, "05-lookup-code")

      await api(`/pickup/parcels/${parcelId}/handover`, {
        method: "POST",
        body: { code },
        token: staffToken,
      })
      await page.reload()
      await lookup.pickedUp().waitFor()
      assert.match(await lookup.pickedUp().innerText(), /已于 .+ 取件/)
      assert.equal(await lookup.codePending().count(), 0)
      assert.equal(await page.getByTestId("pickup-code").count(), 0)
      await shot(page, JOURNEY, "06-lookup-picked-up")
    })
  })

  it("moves the guest order into the account registered later with the same email, once verified", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await page.goto(`${STOREFRONT_URL}/account`)
      const form = page.getByTestId("register-form")
      await form.locator('input[name="last_name"]').fill("王")
      await form.locator('input[name="first_name"]').fill("小兰")
      await form.locator('input[name="email"]').fill(GUEST.email)
      await form.locator('input[name="password"]').fill("guest-later-2026")
      await form.locator('button[type="submit"]').click()
      await page.getByTestId("logout").waitFor()
      assert.equal(await page.getByTestId("order-row").count(), 0)
      await page.getByTestId("verify-email-send").click()
      await page.getByTestId("form-ok").waitFor()
      await shot(page, JOURNEY, "07-account-verify-sent")

      const [mail] = (await sentTo(GUEST.email)).filter(
        (n) => n.template === "customer-email-verification"
      )
      assert.ok(mail, "the verification email was sent")
      const link = new URL(mail.data.verify_url)
      await page.goto(`${STOREFRONT_URL}${link.pathname}${link.search}`)
      await page.getByTestId("verify-submit").click()
      await page.getByTestId("email-verified").waitFor()
      assert.match(
        await page.getByTestId("email-verified").innerText(),
        /已找回 1 个游客订单/
      )
      const row = page.locator(
        `[data-testid="order-row"][data-order-id="${order.id}"]`
      )
      await row.waitFor()
      await shot(page, JOURNEY, "08-account-with-guest-order")
    })
  })
  it("lets the shopper cancel an order before the co-op fulfils it", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const product = new ProductPage(page)
      await product.open(ORANGE.handle)
      await product.addFirstGrade()
      const cart = new CartPage(page)
      await cart.open()
      await cart.goToCheckout()
      const checkout = new CheckoutPage(page)
      await checkout.fillContact(GUEST)
      await checkout.locateFromBrowser(JIEFANGBEI)
      await checkout.choosePickup(ORANGE.coop, POINT.handle)
      await checkout.placeOrder()
      const [placed] = await new ConfirmationPage(page).confirmedOrders()

      await page.goto(`${STOREFRONT_URL}/account/orders/${placed.id}`)
      await page.getByTestId("cancel-order").waitFor()
      await shot(page, JOURNEY, "09-order-cancellable")
      await page.getByTestId("cancel-order-confirm").check()
      await page.getByTestId("cancel-order-submit").click()
      await page
        .locator('[data-testid="order-status"][data-status="canceled"]')
        .waitFor()
      assert.equal(await page.getByTestId("cancel-order").count(), 0)
      // No code will come for it.
      assert.match(
        await page.getByTestId("pickup-done").innerText(),
        /订单已取消/
      )
      assert.equal(await page.getByTestId("pickup-code-pending").count(), 0)
      await shot(page, JOURNEY, "10-order-cancelled")
    })
  })
})
