import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { AccountPage } from "../fixtures/account-page"
import {
  ARTIFACTS,
  PHONE,
  launch,
  newContext,
  shot,
  withFailureShot,
} from "../fixtures/browser"
import { CheckoutPage, ConfirmationPage } from "../fixtures/checkout-page"
import { credentials } from "../fixtures/env"
import { fieldState, waitForFieldError } from "../fixtures/form-fields"
import { CartPage, ProductPage } from "../fixtures/shop-page"

const JOURNEY = "journey-8"
// data/demo/products.json: two ambient products from two co-ops, as in
// journey 1, so each co-op's pickup is 自提·常温 and each has a delivery.
const ORANGE = {
  handle: "fengjie-navel-orange",
  coop: "fengjie-kuimen-orange-coop",
}
const OTHER = {
  handle: "liangping-pomelo",
  coop: "liangping-jindai-pomelo-coop",
}
const SIGN_UP = {
  last_name: "王",
  first_name: "芳",
  phone: "12345",
  password: "wangfang-2026",
}
const GUEST = {
  email: "wang.fang@example.com",
  name: "王芳",
  phone: "+86 139 2345 6789",
}
const STREET = "解放碑民族路 188 号 3 栋 502"

/** How long each checkout step took, for the report (never asserted). */
const timings: Record<string, number> = {}
async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const result = await step()
  timings[name] = Date.now() - started
  return result
}

describe("journey 8: forms keep what was typed, and delivery needs an address", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { viewport: PHONE, locale: "zh-CN" })
    page = await context.newPage()
  })
  after(async () => {
    const dir = path.join(ARTIFACTS, JOURNEY)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, "timings.json"),
      JSON.stringify(timings, null, 2)
    )
    console.log(`journey 8 step timings (ms): ${JSON.stringify(timings)}`)
    await browser?.close()
  })

  it("errors that keep the typed values: sign-in, sign-up and checkout contact", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const customer = credentials().customer
      const account = new AccountPage(page)
      await account.open()
      // The phone tab is shown first.
      await page.getByTestId("signin-tab-password").click()

      // Sign-in with a wrong password: both fields kept, the error at the password.
      const login = page.getByTestId("login-form")
      await login.getByTestId("login-email").fill(customer.email)
      await login.getByTestId("login-password").fill("not-the-password")
      await login.getByTestId("login-submit").click()
      await waitForFieldError(login, "password")
      assert.deepEqual(await fieldState(login, "login-email", "email"), {
        value: customer.email,
        invalid: false,
        error: null,
      })
      const password = await fieldState(login, "login-password", "password")
      assert.equal(password.value, "not-the-password")
      assert.equal(password.invalid, true)
      assert.equal(password.error, "邮箱或密码不正确")
      await shot(page, JOURNEY, "01-sign-in-wrong-password-kept")

      // Sign-up, all five fields: a bad phone, then an email already taken.
      const register = page.getByTestId("register-form")
      await register.getByTestId("register-last-name").fill(SIGN_UP.last_name)
      await register.getByTestId("register-first-name").fill(SIGN_UP.first_name)
      await register.getByTestId("register-email").fill(customer.email)
      await register.getByTestId("register-phone").fill(SIGN_UP.phone)
      await register.getByTestId("register-password").fill(SIGN_UP.password)
      await register.getByTestId("register-submit").click()
      await waitForFieldError(register, "phone")
      const phone = await fieldState(register, "register-phone", "phone")
      assert.equal(phone.value, SIGN_UP.phone)
      assert.equal(phone.invalid, true)
      assert.match(phone.error ?? "", /手机号/)
      await shot(page, JOURNEY, "02-sign-up-bad-phone-kept")

      await register.getByTestId("register-phone").fill("139 0000 1111")
      await register.getByTestId("register-submit").click()
      await waitForFieldError(register, "email")
      const kept = {
        last_name: (
          await fieldState(register, "register-last-name", "last_name")
        ).value,
        first_name: (
          await fieldState(register, "register-first-name", "first_name")
        ).value,
        email: (await fieldState(register, "register-email", "email")).value,
        phone: (await fieldState(register, "register-phone", "phone")).value,
        password: (await fieldState(register, "register-password", "password"))
          .value,
      }
      assert.deepEqual(kept, {
        ...SIGN_UP,
        email: customer.email,
        phone: "139 0000 1111",
      })
      const email = await fieldState(register, "register-email", "email")
      assert.equal(email.invalid, true)
      assert.equal(email.error, "该邮箱已注册，请直接登录")
      assert.equal(
        await register.getByTestId("field-error-phone").count(),
        0,
        "the fixed phone is no longer marked"
      )
      await shot(page, JOURNEY, "03-sign-up-email-taken-all-kept")

      // Checkout contact, as a guest: a bad phone keeps every value.
      const product = new ProductPage(page)
      for (const item of [ORANGE, OTHER]) {
        await product.open(item.handle)
        await product.addFirstGrade()
      }
      const cart = new CartPage(page)
      await cart.open()
      await cart.goToCheckout()
      const checkout = new CheckoutPage(page)
      const contact = checkout.contactForm()
      await contact.getByTestId("contact-email").fill(GUEST.email)
      await contact.getByTestId("contact-name").fill(GUEST.name)
      await contact.getByTestId("contact-phone").fill("12345")
      await contact.getByTestId("save-contact").click()
      await waitForFieldError(contact, "phone")
      assert.deepEqual(
        {
          email: (await fieldState(contact, "contact-email", "email")).value,
          name: (await fieldState(contact, "contact-name", "name")).value,
          phone: await fieldState(contact, "contact-phone", "phone"),
        },
        {
          email: GUEST.email,
          name: GUEST.name,
          phone: {
            value: "12345",
            invalid: true,
            error: "请输入有效的手机号（如 138 0000 0000）",
          },
        }
      )
      await shot(page, JOURNEY, "04-checkout-bad-phone-kept")

      // Fixed and left: it saves by itself, with no button pressed.
      await contact.getByTestId("contact-phone").fill(GUEST.phone)
      await timed("contact autosave", async () => {
        await contact.getByTestId("contact-phone").press("Tab")
        await contact
          .getByTestId("field-error-phone")
          .waitFor({ state: "detached" })
        await contact.getByTestId("form-ok").waitFor()
      })
      assert.deepEqual(await checkout.payBlockers(), ["delivery"])
      await shot(page, JOURNEY, "05-contact-saved-as-typed")
    })
  })

  it("delivery refused without an address; one pickup choice serves both co-ops", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      const checkout = new CheckoutPage(page)
      const contact = checkout.contactForm()

      // One press at a point for the first co-op serves the second too.
      const [point] = await checkout.listedPickupPoints(ORANGE.coop)
      const press = checkout
        .pickupOption(ORANGE.coop)
        .getByTestId("choose-pickup")
      assert.match(await press.innerText(), /全部 2 个合作社/)
      await timed("pickup for both co-ops (one press)", () =>
        checkout.choosePickup(ORANGE.coop, point.handle)
      )
      assert.equal(await checkout.chosenMethod(OTHER.coop), "pickup")
      assert.equal(await checkout.chosenPickupPointId(OTHER.coop), point.id)
      assert.deepEqual(await checkout.payBlockers(), [])
      await shot(page, JOURNEY, "06-one-press-both-coops")

      // Still changeable per co-op: the second goes by delivery instead.
      await timed("delivery for one co-op", () =>
        checkout.chooseDelivery(OTHER.coop)
      )
      assert.equal(await checkout.chosenMethod(ORANGE.coop), "pickup")
      assert.equal(await checkout.chosenMethod(OTHER.coop), "delivery")
      assert.deepEqual(await checkout.payBlockers(), ["address"])
      assert.equal(await page.getByTestId("place-order").isDisabled(), true)
      await shot(page, JOURNEY, "07-delivery-needs-address")

      // A district is not an address: it stays out of the street line.
      await contact.getByTestId("contact-district").selectOption("500103")
      await contact.getByTestId("save-contact").click()
      await waitForFieldError(contact, "address")
      const street = await fieldState(contact, "contact-address", "address")
      assert.deepEqual(street, {
        value: "",
        invalid: true,
        error: "送货上门请填写详细地址",
      })
      assert.equal(
        await contact.getByTestId("contact-district").inputValue(),
        "500103"
      )
      assert.equal(await page.getByTestId("place-order").isDisabled(), true)
      await shot(page, JOURNEY, "08-no-address-refused")

      await contact.getByTestId("contact-address").fill(STREET)
      await timed("address autosave", async () => {
        await contact.getByTestId("contact-address").press("Tab")
        await contact
          .getByTestId("field-error-address")
          .waitFor({ state: "detached" })
        await page.getByTestId("pay-blockers").waitFor({ state: "detached" })
      })
      await shot(page, JOURNEY, "09-address-saved")

      await timed("place order", () => checkout.placeOrder())
      const confirmation = new ConfirmationPage(page)
      assert.equal(await confirmation.orders().count(), 2)
      const card = (coop: string) =>
        page.locator(
          `[data-testid="confirmation-order"][data-vendor="${coop}"]`
        )
      const delivered = card(OTHER.coop)
      const deliveryText = await delivered
        .getByTestId("confirmation-delivery")
        .innerText()
      assert.match(
        deliveryText,
        /送货上门：重庆市 渝中区 解放碑民族路 188 号 3 栋 502/
      )
      assert.match(deliveryText, /合作社配送，预计 .+ 送达/)
      assert.doesNotMatch(deliveryText, /500103/)
      assert.equal(
        await delivered.getByTestId("confirmation-pickup").count(),
        0,
        "the delivered order says nothing of a pickup point"
      )
      assert.equal(
        await card(ORANGE.coop).getByTestId("confirmation-pickup").count(),
        1
      )
      assert.match(
        await page.getByTestId("confirmation-delivery-note").innerText(),
        /139 2345 6789/
      )
      await page.getByTestId("confirmation-pickup-note").waitFor()
      await shot(page, JOURNEY, "10-confirmation-per-method")

      // The same confirmation in English words each method for itself too.
      const url = new URL(page.url())
      await page.goto(`${url.origin}/en${url.pathname}${url.search}`)
      await page.getByTestId("confirmation").waitFor()
      assert.match(
        await card(OTHER.coop).getByTestId("confirmation-delivery").innerText(),
        /^Delivery to 重庆市 渝中区 解放碑民族路 188 号 3 栋 502\s+Delivered by the co-op, expected on /
      )
      assert.match(
        await card(ORANGE.coop).getByTestId("confirmation-pickup").innerText(),
        /^Pickup at /
      )
      await shot(page, JOURNEY, "11-confirmation-per-method-en")
    })
  })
})
