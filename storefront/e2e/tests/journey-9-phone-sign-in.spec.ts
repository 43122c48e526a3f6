import assert from "node:assert/strict"
import { after, before, describe, it } from "node:test"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { AccountPage } from "../fixtures/account-page"
import {
  PHONE,
  launch,
  newContext,
  shot,
  STOREFRONT_URL,
  withFailureShot,
} from "../fixtures/browser"
import { credentials, E2E } from "../fixtures/env"

const JOURNEY = "journey-9"

/**
 * The sign-in code the development SMS provider was given, read as an
 * operator would: the Notification Module's stored notifications, through
 * the admin API.
 */
async function lastSmsCode(phone: string): Promise<string> {
  const post = await fetch(`${E2E.backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials().admin),
  })
  const { token } = (await post.json()) as { token: string }
  const query = new URLSearchParams({
    channel: "sms",
    to: phone,
    fields: "id,to,data,created_at",
    order: "-created_at",
    limit: "1",
  })
  const res = await fetch(`${E2E.backendUrl}/admin/notifications?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { notifications } = (await res.json()) as {
    notifications: { data: { code?: string } }[]
  }
  const code = notifications[0]?.data?.code
  assert.ok(code, `an SMS code was stored for ${phone}`)
  return code
}

describe("journey 9: a shopper signs in with a phone number and an SMS code", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let account: AccountPage
  // A number of its own per run, so the 60 s resend wait never meets an
  // earlier run's.
  const national = `139${String(Date.now()).slice(-8)}`
  const spaced = `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`

  before(async () => {
    browser = await launch()
    context = await newContext(browser, { viewport: PHONE, locale: "zh-CN" })
    page = await context.newPage()
    account = new AccountPage(page)
  })
  after(async () => {
    await browser?.close()
  })

  it("shows 手机验证码登录 first and refuses a number that is not a mainland mobile at its field", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await account.open()
      const tab = page.getByTestId("signin-tab-phone")
      assert.equal(await tab.getAttribute("aria-selected"), "true")
      assert.match(await tab.innerText(), /手机验证码登录/)
      await shot(page, JOURNEY, "01-phone-tab")

      await account.phoneField().fill("12345")
      await account.sendCodeButton().click()
      await account.phoneError().waitFor()
      assert.match(await account.phoneError().innerText(), /中国大陆手机号/)
      assert.equal(await account.phoneField().inputValue(), "12345")
      await shot(page, JOURNEY, "02-bad-number")
    })
  })

  it("texts a code, counts down before another, refuses a wrong code and keeps the number", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await account.phoneField().fill(spaced)
      await account.sendCodeButton().click()
      await page.getByTestId("phone-login-sent").waitFor()
      assert.match(await account.sendCodeButton().innerText(), /秒后重新获取/)
      assert.equal(await account.sendCodeButton().isDisabled(), true)
      await shot(page, JOURNEY, "03-code-sent-countdown")

      const code = await lastSmsCode(`+86${national}`)
      assert.match(code, /^\d{6}$/)
      const wrong = code === "000000" ? "111111" : "000000"
      await account.codeField().fill(wrong)
      await account.submitPhoneSignIn()
      await account.codeError().waitFor()
      assert.match(await account.codeError().innerText(), /验证码错误或已过期/)
      assert.equal(await account.phoneField().inputValue(), spaced)
      await shot(page, JOURNEY, "04-wrong-code")

      // Typed as a Chinese IME might give it: full-width digits.
      await account
        .codeField()
        .fill(
          code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
        )
      await account.submitPhoneSignIn()
      await account.signedIn().waitFor()
      // A new number's first sign-in created its account, named by the phone.
      assert.match(
        await page.locator("h1").first().innerText(),
        new RegExp(spaced)
      )
      await shot(page, JOURNEY, "05-signed-in-new-account")
    })
  })

  it("keeps email and password sign-in on its own tab, in English too", async () => {
    await withFailureShot(page, JOURNEY, async () => {
      await account.signedIn().click()
      await page.getByTestId("signin-tab-phone").waitFor()
      await account.signIn(credentials().customer)
      await shot(page, JOURNEY, "06-email-sign-in")
      await account.signedIn().click()
      await page.getByTestId("signin-tab-phone").waitFor()

      await page.goto(`${STOREFRONT_URL}/en/account`)
      const tab = page.getByTestId("signin-tab-phone")
      assert.match(await tab.innerText(), /Phone and SMS code/)
      assert.match(
        await page.getByTestId("signin-tab-password").innerText(),
        /Email and password/
      )
      assert.match(await account.sendCodeButton().innerText(), /Get code/)
      await shot(page, JOURNEY, "07-english")
    })
  })
})
