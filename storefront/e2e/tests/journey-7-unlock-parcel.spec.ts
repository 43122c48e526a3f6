import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import {
  PHONE,
  TABLET,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { CoopConsole } from "../fixtures/coop-page"
import { credentials, E2E } from "../fixtures/env"
import { PickupConsole } from "../fixtures/pickup-page"
import { loadJourneyState } from "../fixtures/state"

const JOURNEY = "journey-7"
// data/demo: the demo co-op's oranges, to the point where the demo manager works.
const ORANGE = "fengjie-navel-orange"
const POINT = "yuzhong-jiefangbei-bayi-rd"
const ADDRESS = {
  first_name: "晓梅",
  last_name: "李",
  address_1: "渝中区 解放碑 八一路 66 号",
  city: "重庆",
  province: "重庆市",
  postal_code: "400010",
  country_code: "cn",
  phone: "13800001234",
}
const REASON = "顾客出示身份证，与收件人李晓梅一致"

async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {}
): Promise<T> {
  const res = await fetch(`${E2E.backendUrl}${path}`, {
    method: init.method ?? "GET",
    headers: {
      "content-type": "application/json",
      ...(path.startsWith("/store")
        ? { "x-publishable-api-key": E2E.publishableKey }
        : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) {
    const error = new Error(
      `${init.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(json)}`
    ) as Error & { status?: number; body?: unknown }
    error.status = res.status
    error.body = json
    throw error
  }
  return json as T
}

const login = async (actor: string, who: { email: string; password: string }) =>
  (
    await api<{ token: string }>(`/auth/${actor}/emailpass`, {
      method: "POST",
      body: who,
    })
  ).token

/**
 * The demo shopper's order of oranges to the 解放碑 point, placed through the
 * store API and fulfilled by the demo co-op, so that a parcel waits to be
 * received; and the order's pickup code as the shopper sees it.
 */
async function orderAtThePoint(
  customer: { email: string; token: string },
  vendorToken: string
) {
  const token = customer.token
  const { regions } = await api<{ regions: { id: string }[] }>("/store/regions")
  const { products } = await api<{
    products: { variants: { id: string }[] }[]
  }>(`/store/products?handle=${ORANGE}`)
  const { cart } = await api<{ cart: { id: string } }>("/store/carts", {
    method: "POST",
    token,
    body: {
      region_id: regions[0].id,
      email: customer.email,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      items: [{ variant_id: products[0].variants[0].id, quantity: 1 }],
    },
  })
  const { shipping_options } = await api<{
    shipping_options: { id: string; provider_id: string; name: string }[]
  }>(`/store/shipping-options?cart_id=${cart.id}`, { token })
  const option = shipping_options.find(
    (o) => o.provider_id === "pickup_pickup" && /常温|ambient/i.test(o.name)
  )
  assert.ok(option, "the demo co-op offers ambient pickup")
  const { pickup_points } = await api<{
    pickup_points: { id: string; handle: string }[]
  }>("/store/pickup-points?lat=29.5566&lng=106.5768&radius_km=2")
  const point = pickup_points.find((p) => p.handle === POINT)
  assert.ok(point, `${POINT} is among the nearest points`)
  await api(`/store/carts/${cart.id}/shipping-methods`, {
    method: "POST",
    token,
    body: { option_id: option.id, data: { pickup_point_id: point.id } },
  })
  const { payment_collection } = await api<{
    payment_collection: { id: string }
  }>("/store/payment-collections", {
    method: "POST",
    token,
    body: { cart_id: cart.id },
  })
  await api(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { method: "POST", token, body: { provider_id: "pp_system_default" } }
  )
  const completed = await api<{ order: { id: string } }>(
    `/store/carts/${cart.id}/complete`,
    { method: "POST", token }
  )
  const orderId = completed.order.id
  await api(`/vendors/orders/${orderId}/fulfillments`, {
    method: "POST",
    token: vendorToken,
    body: {},
  })
  return orderId
}

describe("journey 7: a parcel locked by wrong codes is unlocked by the point's manager", () => {
  let browser: Browser
  let clerkContext: BrowserContext
  let managerContext: BrowserContext
  let coopContext: BrowserContext
  let clerkPage: Page
  let managerPage: Page
  let coopPage: Page
  let clerk: PickupConsole
  let manager: PickupConsole
  let coop: CoopConsole
  let clerkLogin: { email: string; password: string }
  let customerToken = ""
  let orderId = ""
  let parcelId = ""
  let code = ""
  const state = loadJourneyState()

  before(async () => {
    const demo = credentials()
    const adminToken = await login("user", demo.admin)
    customerToken = await login("customer", demo.customer)
    const vendorToken = await login("vendor", demo.vendor)
    orderId = await orderAtThePoint(
      { email: demo.customer.email, token: customerToken },
      vendorToken
    )
    const { parcels } = await api<{ parcels: { id: string }[] }>(
      `/admin/parcels?order_id=${orderId}`,
      { token: adminToken }
    )
    parcelId = parcels[0].id
    assert.match(parcelId, /^pcl_/)

    // A counter clerk (plain staff) at the same point as the demo manager.
    const { pickup_points } = await api<{
      pickup_points: { id: string; handle: string }[]
    }>("/admin/pickup-points?limit=50", { token: adminToken })
    const point = pickup_points.find((p) => p.handle === POINT)!
    clerkLogin = {
      email: `e2e-clerk-${Date.now()}@${POINT}.example`,
      password: "e2e-clerk-password-2026",
    }
    await api("/admin/pickup-staff", {
      method: "POST",
      token: adminToken,
      body: {
        ...clerkLogin,
        name: "王小琴",
        memberships: [{ point_id: point.id, role: "staff" }],
      },
    })

    browser = await launch()
    clerkContext = await newContext(browser, {
      viewport: TABLET,
      locale: "zh-CN",
    })
    managerContext = await newContext(browser, {
      viewport: TABLET,
      locale: "zh-CN",
    })
    coopContext = await newContext(browser, {
      viewport: PHONE,
      locale: "zh-CN",
    })
    clerkPage = await clerkContext.newPage()
    managerPage = await managerContext.newPage()
    coopPage = await coopContext.newPage()
    clerk = new PickupConsole(clerkPage)
    manager = new PickupConsole(managerPage)
    coop = new CoopConsole(coopPage)
  })
  after(async () => {
    await browser?.close()
  })

  it("shows the co-op its paid share as paid, not 未付款", async () => {
    await withFailureShot(coopPage, JOURNEY, async () => {
      await coop.signIn(credentials().vendor)
      const handle = await coop.coopHandle()
      // Journey 1's order is one of two paid with one payment; else this one.
      const shared = state.orders?.find((o) => o.vendor_handle === handle)
      const shownId = shared?.id ?? orderId
      await coop.openOrders()
      const chip = coop.rowPaymentStatus(shownId)
      await chip.waitFor()
      assert.equal(await chip.getAttribute("data-status"), "authorized")
      assert.match(await chip.innerText(), /已付款/)
      await shot(coopPage, JOURNEY, "01-coop-list-paid")
      await coop.gotoOrder(shownId)
      assert.equal(await coop.paymentStatus(), "authorized")
      assert.doesNotMatch(
        await coopPage.getByTestId("coop-order-payment-status").innerText(),
        /未付款/
      )
      if (shared) {
        assert.match(
          await coopPage.getByTestId("coop-order-payment-shared").innerText(),
          /2 家合作社/
        )
      }
      await shot(coopPage, JOURNEY, "02-coop-order-paid")
    })
  })

  it("locks the parcel after 5 wrong codes and tells the clerk to ask the manager", async () => {
    await withFailureShot(clerkPage, JOURNEY, async () => {
      await clerk.signIn(clerkLogin)
      await clerk.openParcel(parcelId)
      const compartment = await clerk.receiveHere()
      assert.match(compartment, /^[ACF]-\d{2,}$/)
      // The code exists once the parcel is booked in; the shopper sees it.
      const { order } = await api<{ order: { pickup: { code: string } } }>(
        `/store/orders/${orderId}`,
        { token: customerToken }
      )
      code = order.pickup.code
      assert.match(code, /^\d{6}$/)

      const wrong = code === "000000" ? "111111" : "000000"
      for (let left = 4; left >= 0; left--) {
        await clerk.enterCode(wrong)
        const error = clerk.handoverError()
        if (left > 0) {
          await clerkPage
            .getByTestId("pickup-handover-error")
            .getByText(`还可再试 ${left} 次`)
            .waitFor()
        } else {
          await clerkPage
            .locator(
              '[data-testid="pickup-handover-error"][data-kind="locked"]'
            )
            .waitFor()
          assert.match(await error.innerText(), /店长/)
        }
      }
      await clerk.openParcel(parcelId)
      await clerk.locked().waitFor()
      assert.match(await clerk.lockedGuide().innerText(), /请找本点店长/)
      assert.equal(await clerk.unlockForm().count(), 0)
      assert.ok(await clerkPage.getByTestId("pickup-code-input").isDisabled())
      await shot(clerkPage, JOURNEY, "03-clerk-locked-ask-manager")

      // The clerk cannot unlock it through the API either.
      const clerkToken = await login("pickup", clerkLogin)
      const refused = await api(`/pickup/parcels/${parcelId}/unlock`, {
        method: "POST",
        token: clerkToken,
        body: { reason: REASON },
      }).then(
        () => null,
        (e) => e as { status: number; body: { message: string } }
      )
      assert.equal(refused?.status, 403)
      assert.match(refused!.body.message, /Only a manager of pickup point/)
    })
  })

  it("lets the manager unlock it with a reason, kept in the parcel's history", async () => {
    await withFailureShot(managerPage, JOURNEY, async () => {
      await manager.signIn(credentials().pickup)
      await manager.openParcel(parcelId)
      await manager.locked().waitFor()
      await manager.unlockForm().waitFor()
      assert.equal(await manager.lockedGuide().count(), 0)
      await shot(managerPage, JOURNEY, "04-manager-unlock-form")

      await manager.unlock("核实")
      await manager.unlockError().waitFor()
      assert.equal(
        await manager.unlockError().getAttribute("data-kind"),
        "reasonShort"
      )
      assert.equal(
        await managerPage.getByTestId("pickup-unlock-reason").inputValue(),
        "核实"
      )

      await manager.unlock(REASON)
      await manager.unlocked().waitFor()
      assert.equal(await manager.locked().count(), 0)
      const events = manager.historyEvents()
      assert.equal(await events.count(), 1)
      const entry = await events.first().innerText()
      assert.match(entry, /解锁，清除了 5 次错码/)
      assert.ok(entry.includes(REASON), "the reason is in the history")
      // The redirect keeps the form's scroll; the shot starts at the header.
      await managerPage.evaluate(() => window.scrollTo(0, 0))
      await shot(managerPage, JOURNEY, "05-manager-unlocked-history")
    })
  })

  it("lets the clerk hand the parcel over with the customer's code", async () => {
    await withFailureShot(clerkPage, JOURNEY, async () => {
      await clerk.openParcel(parcelId)
      assert.equal(await clerk.locked().count(), 0)
      assert.equal(await clerk.historyEvents().count(), 1)
      await clerk.enterCode(code)
      await clerk.handedOver().waitFor()
      assert.equal(await clerk.status(), "picked_up")
      await shot(clerkPage, JOURNEY, "06-clerk-handed-over")
    })
  })
})
