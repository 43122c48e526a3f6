import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { AccountPage } from "../fixtures/account-page"
import {
  PHONE,
  TABLET,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { credentials, E2E } from "../fixtures/env"
import { PickupConsole } from "../fixtures/pickup-page"
import { loadJourneyState } from "../fixtures/state"

const JOURNEY = "journey-3"
const DEMO_POINT = "yuzhong-jiefangbei-bayi-rd"

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

/**
 * A staff member of another point, made through the backend as the demo
 * admin: the parcel at 解放碑 must be invisible to them.
 */
async function staffOfAnotherPoint(pointHandle: string) {
  const { admin } = credentials()
  const { token } = await api<{ token: string }>("/auth/user/emailpass", {
    method: "POST",
    body: admin,
  })
  const { pickup_points } = await api<{
    pickup_points: { id: string; handle: string }[]
  }>("/admin/pickup-points?limit=50", { token })
  const other = pickup_points.find((p) => p.handle !== pointHandle)
  assert.ok(other, "the demo data has a second pickup point")
  const login = {
    email: `e2e-staff-${Date.now()}@${other.handle}.example`,
    password: "e2e-other-point-2026",
  }
  await api("/admin/pickup-staff", {
    method: "POST",
    token,
    body: {
      ...login,
      name: "其他点店员",
      memberships: [{ point_id: other.id }],
    },
  })
  return login
}

describe("journey 3: pickup staff receive the parcel and hand it over", () => {
  let browser: Browser
  let staffContext: BrowserContext
  let customerContext: BrowserContext
  let staffPage: Page
  let customerPage: Page
  let pickup: PickupConsole
  let account: AccountPage
  let otherStaff: { email: string; password: string }
  let parcelId = ""
  const state = loadJourneyState()
  const orderId = state.fulfilled_order_id!
  const displayId = state.orders?.find((o) => o.id === orderId)?.display_id

  before(async () => {
    assert.ok(
      orderId && state.customer,
      "journeys 1 and 2 saved fulfilled_order_id and customer in test-artifacts/e2e-state.json"
    )
    otherStaff = await staffOfAnotherPoint(
      state.pickup_point?.handle ?? DEMO_POINT
    )
    browser = await launch()
    staffContext = await newContext(browser, {
      viewport: TABLET,
      locale: "zh-CN",
    })
    customerContext = await newContext(browser, {
      viewport: PHONE,
      locale: "zh-CN",
    })
    staffPage = await staffContext.newPage()
    customerPage = await customerContext.newPage()
    pickup = new PickupConsole(staffPage)
    account = new AccountPage(customerPage)
  })
  after(async () => {
    await browser?.close()
  })

  it("finds the parcel awaiting arrival and receives it into a compartment", async () => {
    await withFailureShot(staffPage, JOURNEY, async () => {
      await pickup.signIn(credentials().pickup)
      await shot(staffPage, JOURNEY, "01-console")
      await pickup.openTab("awaiting_arrival")
      const card = pickup.parcelOf(orderId)
      await card.waitFor()
      assert.equal(await card.getAttribute("data-status"), "awaiting_arrival")
      if (displayId !== undefined) {
        await pickup.search(String(displayId))
        await pickup.parcelOf(orderId).waitFor()
        await shot(staffPage, JOURNEY, "02-found-by-order-number")
      }
      const compartment = await pickup.receive(orderId)
      assert.match(compartment, /^[ACF]-\d{2,}$/)
      assert.equal(await pickup.status(), "ready_for_pickup")
      parcelId = await pickup.parcelId()
      await shot(staffPage, JOURNEY, "03-received-compartment")
    })
  })

  it("answers a wrong code with the attempts left, and hands over with the customer's code", async () => {
    await withFailureShot(staffPage, JOURNEY, async () => {
      await account.signIn(state.customer!)
      await account.openOrder(orderId)
      const code = await account.pickupCode()
      assert.match(code, /^\d{6}$/)
      await shot(customerPage, JOURNEY, "04-customer-code")

      const wrong = code === "000000" ? "111111" : "000000"
      await pickup.enterCode(wrong)
      const error = pickup.handoverError()
      await error.waitFor()
      assert.equal(await error.getAttribute("data-kind"), "wrong")
      assert.match(await error.innerText(), /取件码不对，还可再试 4 次/)
      await shot(staffPage, JOURNEY, "05-wrong-code")

      // Typed as a person might: full-width digits with a space.
      const typed = `${code.slice(0, 3)} ${code.slice(3)}`.replace(/\d/g, (d) =>
        String.fromCharCode(0xff10 + Number(d))
      )
      await pickup.enterCode(typed)
      await pickup.handedOver().waitFor()
      assert.equal(await pickup.status(), "picked_up")
      await shot(staffPage, JOURNEY, "06-handed-over")

      await account.openOrder(orderId)
      assert.match(await account.parcelStatus(), /已取件/)
      assert.equal(await customerPage.getByTestId("pickup-code").count(), 0)
      await shot(customerPage, JOURNEY, "07-customer-picked-up")
    })
  })

  it("keeps the parcel from a staff member of another point", async () => {
    const context = await newContext(browser, {
      viewport: TABLET,
      locale: "zh-CN",
    })
    const page = await context.newPage()
    const other = new PickupConsole(page)
    await withFailureShot(page, JOURNEY, async () => {
      assert.ok(parcelId, "the first step received the parcel")
      await other.signIn(otherStaff)
      await other.openTab("picked_up")
      assert.equal(await other.parcelOf(orderId).count(), 0)
      if (displayId !== undefined) {
        await page.getByTestId("pickup-search-input").fill(String(displayId))
        await page.getByTestId("pickup-search-submit").click()
        await other.emptyList().waitFor()
        assert.equal(await other.parcelOf(orderId).count(), 0)
      }
      await other.openParcel(parcelId)
      await other.notFound().waitFor()
      await shot(page, JOURNEY, "08-other-point-not-found")
    })
    await context.close()
  })
})
