import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { createAdminUser } from "../../helpers/auth"
import { seedDemoStore } from "../../helpers/demo-store"
import { creditCodeFor, registerVendor } from "../../helpers/vendors"
import {
  createPhoneCustomerAccountWorkflow,
  CUSTOMER_PHONE_VERIFIED,
  sendPhoneCodeWorkflow,
} from "../../../src/workflows/phone-auth"
import { bindPhoneLoginStepId } from "../../../src/workflows/phone-auth/steps/bind-phone-login"
import { issuePhoneCodeStepId } from "../../../src/workflows/phone-auth/steps/issue-phone-code"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let publishableKey: string

    beforeAll(async () => {
      ;({ publishableKey } = await seedDemoStore(getContainer()))
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
    })

    describe("POST /vendors", () => {
      it("registers a co-op in pending_review with its owner", async () => {
        const { vendor, member, headers } = await registerVendor(api, {
          handle: "fengjie-orange-coop",
          name: "奉节县脐橙专业合作社",
        })
        expect(vendor).toMatchObject({
          handle: "fengjie-orange-coop",
          name: "奉节县脐橙专业合作社",
          status: "pending_review",
          region_code: "500236",
        })
        expect(member).toMatchObject({ role: "owner", status: "active" })

        const me = await api.get("/vendors/me", { headers })
        expect(me.data.vendor.id).toBe(vendor.id)
        expect(me.data.member.role).toBe("owner")
      })

      it("rejects an invalid credit code with a 400 naming the field and the rule", async () => {
        const code = creditCodeFor("500236", 42)
        const wrong = code.slice(0, 17) + (code[17] === "0" ? "1" : "0")
        const err = await registerVendor(api, { credit_code: wrong }).catch(
          (e) => e
        )
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(/credit_code/)
        expect(err.response.data.message).toMatch(/check character/)
      })

      it("gives a co-op that leaves its handle out a pinyin one, numbered for a second co-op of the same name", async () => {
        const name = "奉节县夔门脐橙种植专业合作社"
        const first = await registerVendor(api, { name, handle: undefined })
        expect(first.vendor).toMatchObject({
          name,
          handle: "fengjie-kuimen-qicheng-zhongzhi",
          status: "pending_review",
        })
        const second = await registerVendor(api, { name, handle: undefined })
        expect(second.vendor.handle).toBe("fengjie-kuimen-qicheng-zhongzhi-2")
        const me = await api.get("/vendors/me", { headers: second.headers })
        expect(me.data.vendor.handle).toBe("fengjie-kuimen-qicheng-zhongzhi-2")
      })

      it("rejects an unknown region code, or one outside Chongqing's districts and counties, with a 400 naming region_code", async () => {
        const err = await registerVendor(api, { region_code: "999999" }).catch(
          (e) => e
        )
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(/region_code "999999"/)
        expect(err.response.data.errors).toEqual([
          {
            field: "region_code",
            rule: "region_code",
            values: { problem: "unknown" },
          },
        ])

        // 四川省 is a real GB/T 2260 code, but not a Chongqing district.
        const outside = await registerVendor(api, {
          region_code: "510000",
        }).catch((e) => e)
        expect(outside.response.status).toBe(400)
        expect(outside.response.data.errors).toEqual([
          {
            field: "region_code",
            rule: "region_code",
            values: { problem: "outside_chongqing" },
          },
        ])
      })

      it("rejects a duplicate handle with a 400 naming the field", async () => {
        await registerVendor(api, { handle: "liangping-pomelo-coop" })
        const err = await registerVendor(api, {
          handle: "liangping-pomelo-coop",
        }).catch((e) => e)
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(
          /handle "liangping-pomelo-coop" is already taken/
        )
        expect(err.response.data.errors).toEqual([
          { field: "handle", rule: "taken", values: {} },
        ])
      })
    })

    describe("POST /admin/vendors/:id/approve and friends", () => {
      it("approves a co-op and gives it a stock location, shipping profile and delivery option", async () => {
        const { vendor } = await registerVendor(api)
        const res = await api
          .post(
            `/admin/vendors/${vendor.id}/approve`,
            { reason: "资质齐全" },
            { headers: admin.headers }
          )
          .catch((e) => {
            throw new Error(JSON.stringify(e.response?.data))
          })
        expect(res.data.vendor.status).toBe("active")
        expect(res.data.vendor.status_reason).toBe("资质齐全")
        expect(res.data.vendor.stock_location.id).toBeDefined()
        expect(res.data.vendor.shipping_profile.id).toBeDefined()
        expect(res.data.vendor.status_changes).toEqual([
          expect.objectContaining({
            from_status: "pending_review",
            to_status: "active",
          }),
        ])

        const query = getContainer().resolve("query")
        const { data: options } = await query.graph({
          entity: "shipping_option",
          fields: ["id", "name", "shipping_profile_id"],
          filters: { shipping_profile_id: res.data.vendor.shipping_profile.id },
        })
        // Delivery, and one pickup option per temperature zone.
        expect(options.map((o: any) => o.name).sort()).toEqual(
          [
            "合作社配送 / Co-op delivery",
            "自提·常温 / Pickup · ambient",
            "自提·冷藏 / Pickup · chilled",
            "自提·冷冻 / Pickup · frozen",
          ].sort()
        )
      })

      it("approves two co-ops with the same name, each with fulfillment sets of its own", async () => {
        // Co-op names are not unique; fulfillment-set names are (issue 13).
        const first = await registerVendor(api, { name: "测试合作社2" })
        const second = await registerVendor(api, { name: "测试合作社2" })
        const query = getContainer().resolve("query")
        const seen = new Set<string>()
        for (const { vendor } of [first, second]) {
          const res = await api
            .post(
              `/admin/vendors/${vendor.id}/approve`,
              { reason: "资质齐全" },
              { headers: admin.headers }
            )
            .catch((e) => {
              throw new Error(JSON.stringify(e.response?.data))
            })
          expect(res.data.vendor).toMatchObject({
            status: "active",
            name: "测试合作社2",
          })
          const {
            data: [location],
          } = await query.graph({
            entity: "stock_location",
            fields: [
              "name",
              "fulfillment_sets.name",
              "fulfillment_sets.type",
              "fulfillment_sets.metadata",
              "fulfillment_sets.service_zones.shipping_options.name",
            ],
            filters: { id: res.data.vendor.stock_location.id },
          })
          // People still see the co-op's name; the unique keys use the handle.
          expect(location.name).toBe("测试合作社2 仓库")
          const sets = [...(location.fulfillment_sets ?? [])].sort(
            (a: any, b: any) => a.type.localeCompare(b.type)
          )
          expect(
            sets.map((s: any) => [s.type, s.name, s.metadata.display_name])
          ).toEqual([
            [
              "pickup",
              `co-op:${vendor.handle} · 自提 / Pickup`,
              "测试合作社2 自提 / Pickup",
            ],
            [
              "shipping",
              `co-op:${vendor.handle} · 配送 / Delivery`,
              "测试合作社2 配送 / Delivery",
            ],
          ])
          expect(
            sets.flatMap((s: any) =>
              s.service_zones.flatMap((z: any) =>
                z.shipping_options.map((o: any) => o.name)
              )
            )
          ).toHaveLength(4)
          sets.forEach((s: any) => seen.add(s.name))
        }
        expect(seen.size).toBe(4)
      })

      it("suspends and reinstates, and refuses transitions that make no sense", async () => {
        const { vendor } = await registerVendor(api)
        const err = await api
          .post(
            `/admin/vendors/${vendor.id}/suspend`,
            { reason: "x1" },
            { headers: admin.headers }
          )
          .catch((e) => e)
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(
          /Cannot suspend a co-op that is pending_review/
        )

        await api.post(
          `/admin/vendors/${vendor.id}/approve`,
          { reason: "ok" },
          { headers: admin.headers }
        )
        const suspended = await api.post(
          `/admin/vendors/${vendor.id}/suspend`,
          { reason: "食品安全抽检不合格" },
          { headers: admin.headers }
        )
        expect(suspended.data.vendor.status).toBe("suspended")
        const reinstated = await api.post(
          `/admin/vendors/${vendor.id}/reinstate`,
          { reason: "整改完成" },
          { headers: admin.headers }
        )
        expect(reinstated.data.vendor.status).toBe("active")
      })

      it("requires a reason", async () => {
        const { vendor } = await registerVendor(api)
        const err = await api
          .post(
            `/admin/vendors/${vendor.id}/reject`,
            {},
            { headers: admin.headers }
          )
          .catch((e) => e)
        expect(err.response.status).toBe(400)
        expect(err.response.data.message).toMatch(/reason/)
      })
    })

    describe("POST /auth/:actor_type/emailpass…", () => {
      // Each test signs in from an address of its own (Medusa trusts one
      // proxy hop), so the per-IP counts of one test do not reach another.
      let ipCounter = 0
      const newIp = () => ({ "x-forwarded-for": `203.0.113.${++ipCounter}` })
      const refusal = (promise: Promise<unknown>) =>
        promise.then(
          () => {
            throw new Error("expected the request to be refused")
          },
          (e: any) => e.response
        )
      const identitiesOf = (email: string) =>
        getContainer()
          .resolve(Modules.AUTH)
          .listProviderIdentities({ provider: "emailpass", entity_id: email })

      it("refuses a short password with a 400 naming password and the rule, and creates no login", async () => {
        for (const [actor, password, min] of [
          ["vendor", "a", 10],
          ["pickup", "123456789", 10],
          ["user", "short-pwd", 10],
          ["customer", "1234567", 8],
        ] as const) {
          const email = `weak-${actor}@auth.test`
          const res = await refusal(
            api.post(`/auth/${actor}/emailpass/register`, { email, password })
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toBe(
            `password must have at least ${min} characters.`
          )
          expect(await identitiesOf(email)).toEqual([])
        }
        const ok = await api.post("/auth/customer/emailpass/register", {
          email: "eight@auth.test",
          password: "12345678",
        })
        expect(ok.data.token).toBeTruthy()
      })

      it("refuses a short password on reset and keeps the old one", async () => {
        const { email, password } = await registerVendor(api)
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const issued = new Promise<string>((resolve) =>
          bus.subscribe(AuthWorkflowEvents.PASSWORD_RESET, async (e: any) => {
            if (e.data.entity_id === email) {
              resolve(e.data.token)
            }
          })
        )
        await api.post("/auth/vendor/emailpass/reset-password", {
          identifier: email,
        })
        const token = await issued
        const res = await refusal(
          api.post(
            "/auth/vendor/emailpass/update",
            { password: "a" },
            { headers: { authorization: `Bearer ${token}` } }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "password must have at least 10 characters."
        )
        const login = await api.post(
          "/auth/vendor/emailpass",
          { email, password },
          { headers: newIp() }
        )
        expect(login.data.token).toBeTruthy()
      })

      it("answers with security headers, HSTS over https, and no X-Powered-By", async () => {
        const { headers } = await registerVendor(api)
        const plain = await api.get("/vendors/me", { headers })
        expect(plain.headers).toMatchObject({
          "x-content-type-options": "nosniff",
          "x-frame-options": "DENY",
          "referrer-policy": "strict-origin-when-cross-origin",
        })
        expect(plain.headers["x-powered-by"]).toBeUndefined()
        expect(plain.headers["strict-transport-security"]).toBeUndefined()
        const secure = await api.get("/vendors/me", {
          headers: { ...headers, "x-forwarded-proto": "https" },
        })
        expect(secure.headers["strict-transport-security"]).toMatch(
          /^max-age=\d+/
        )
        expect(secure.data.vendor.id).toBe(plain.data.vendor.id)
      })

      it("answers an unknown email exactly like a wrong password", async () => {
        const { email } = await registerVendor(api)
        const headers = newIp()
        const wrong = await refusal(
          api.post(
            "/auth/vendor/emailpass",
            { email, password: "not-the-password" },
            { headers }
          )
        )
        const unknown = await refusal(
          api.post(
            "/auth/vendor/emailpass",
            { email: "nobody@auth.test", password: "not-the-password" },
            { headers }
          )
        )
        expect(wrong.status).toBe(401)
        expect(unknown.status).toBe(401)
        expect(unknown.data).toEqual(wrong.data)
      })

      it("locks an email out after 5 failures, the right password included, with a 429 and Retry-After; a success resets the count", async () => {
        const { email, password } = await registerVendor(api)
        const attempt = (pwd: string) =>
          api.post(
            "/auth/vendor/emailpass",
            { email, password: pwd },
            { headers: newIp() }
          )

        for (let i = 0; i < 4; i++) {
          expect((await refusal(attempt("wrong-password"))).status).toBe(401)
        }
        expect((await attempt(password)).data.token).toBeTruthy()
        for (let i = 0; i < 5; i++) {
          expect((await refusal(attempt("wrong-password"))).status).toBe(401)
        }
        const locked = await refusal(attempt(password))
        expect(locked.status).toBe(429)
        expect(locked.data.type).toBe("too_many_requests")
        const retryAfter = Number(locked.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(15 * 60)
        // Medusa also signs in on GET with a body; that is locked too.
        const viaGet = await refusal(
          api.request({
            method: "GET",
            url: "/auth/vendor/emailpass",
            data: { email, password },
            headers: newIp(),
          })
        )
        expect(viaGet.status).toBe(429)

        // The lock is the email's alone: another co-op still signs in.
        const other = await registerVendor(api)
        const otherLogin = await api.post(
          "/auth/vendor/emailpass",
          { email: other.email, password: other.password },
          { headers: newIp() }
        )
        expect(otherLogin.data.token).toBeTruthy()
      })

      it("locks an address out after 20 failures over any emails", async () => {
        const headers = newIp()
        for (let i = 0; i < 20; i++) {
          const res = await refusal(
            api.post(
              "/auth/customer/emailpass",
              { email: `guess-${i}@auth.test`, password: "guessing-1" },
              { headers }
            )
          )
          expect(res.status).toBe(401)
        }
        const blocked = await refusal(
          api.post(
            "/auth/customer/emailpass",
            { email: "guess-20@auth.test", password: "guessing-1" },
            { headers }
          )
        )
        expect(blocked.status).toBe(429)
        const elsewhere = await refusal(
          api.post(
            "/auth/customer/emailpass",
            { email: "guess-20@auth.test", password: "guessing-1" },
            { headers: newIp() }
          )
        )
        expect(elsewhere.status).toBe(401)
      })
    })

    describe("POST /auth/customer/phone…", () => {
      let ipCounter = 0
      const newIp = () => ({ "x-forwarded-for": `198.51.100.${++ipCounter}` })
      const refusal = (promise: Promise<unknown>) =>
        promise.then(
          () => {
            throw new Error("expected the request to be refused")
          },
          (e: any) => e.response
        )
      const claims = (token: string) =>
        JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
      /** The code the development SMS provider was given, as a test reads it. */
      const lastCode = async (phone: string) => {
        const sent = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications(
            { channel: "sms", to: phone },
            { order: { created_at: "DESC" }, take: 1 }
          )
        return sent[0]?.data?.code as string
      }
      const phoneIdentity = async (phone: string) =>
        (
          await getContainer()
            .resolve(Modules.AUTH)
            .listProviderIdentities({ provider: "phone", entity_id: phone })
        )[0]
      const verified = () => {
        const events: any[] = []
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe(CUSTOMER_PHONE_VERIFIED, async (e: any) => {
            events.push(e.data)
          })
        return events
      }
      const store = () => ({ "x-publishable-api-key": publishableKey })

      it("texts a code on the sms channel, signs a new phone in, creates its customer with that phone and emits customer.phone_verified", async () => {
        const events = verified()
        const phone = "+8613800138000"
        const sent = await api.post(
          "/auth/customer/phone/code",
          { phone: "138 0013 8000" },
          { headers: newIp() }
        )
        expect(sent.status).toBe(201)
        expect(sent.data).toEqual({ phone, expires_in: 300, resend_in: 60 })
        const code = await lastCode(phone)
        expect(code).toMatch(/^\d{6}$/)
        const stored = (await phoneIdentity(phone)).provider_metadata!
        expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(Object.values(stored)).not.toContain(code)

        const login = await api.post(
          "/auth/customer/phone",
          { phone: "+86 13800138000", code },
          { headers: newIp() }
        )
        expect(claims(login.data.token).actor_id).toBe("")
        const bearer = { authorization: `Bearer ${login.data.token}` }
        const created = await api.post(
          "/store/customers/phone",
          { first_name: "晓梅" },
          { headers: { ...store(), ...bearer } }
        )
        expect(created.status).toBe(201)
        expect(created.data.customer).toMatchObject({
          phone,
          first_name: "晓梅",
          email: null,
          has_account: true,
        })
        const customerId = created.data.customer.id
        expect(events).toContainEqual({ customer_id: customerId, phone })

        const refreshed = await api.post(
          "/auth/token/refresh",
          {},
          {
            headers: bearer,
          }
        )
        const me = await api.get("/store/customers/me", {
          headers: {
            ...store(),
            authorization: `Bearer ${refreshed.data.token}`,
          },
        })
        expect(me.data.customer).toMatchObject({ id: customerId, phone })

        // The code was spent by the sign-in.
        const replay = await refusal(
          api.post(
            "/auth/customer/phone",
            { phone, code },
            {
              headers: newIp(),
            }
          )
        )
        expect(replay.status).toBe(401)
        // A second account for the same phone is refused.
        const twice = await refusal(
          api.post(
            "/store/customers/phone",
            {},
            {
              headers: { ...store(), ...bearer },
            }
          )
        )
        expect(twice.status).toBe(400)
        expect(twice.data.message).toContain(customerId)

        // The next sign-in names the customer and verifies the phone again.
        await sendPhoneCodeWorkflow(getContainer()).run({ input: { phone } })
        const again = await api.post(
          "/auth/customer/phone",
          { phone, code: await lastCode(phone) },
          { headers: newIp() }
        )
        expect(claims(again.data.token).actor_id).toBe(customerId)
        expect(events.filter((e) => e.customer_id === customerId)).toHaveLength(
          2
        )
      })

      it("answers an unknown phone exactly like a wrong code, and spends a code after 5 wrong tries", async () => {
        const phone = "+8613900139000"
        await api.post(
          "/auth/customer/phone/code",
          { phone },
          {
            headers: newIp(),
          }
        )
        const code = await lastCode(phone)
        const wrongCode = code === "000000" ? "111111" : "000000"
        const unknown = await refusal(
          api.post(
            "/auth/customer/phone",
            { phone: "13700137000", code: wrongCode },
            { headers: newIp() }
          )
        )
        const statuses: number[] = []
        let firstWrong: any
        for (let i = 0; i < 5; i++) {
          const res = await refusal(
            api.post(
              "/auth/customer/phone",
              { phone, code: wrongCode },
              {
                headers: newIp(),
              }
            )
          )
          firstWrong ??= res
          statuses.push(res.status)
        }
        expect(statuses).toEqual([401, 401, 401, 401, 401])
        expect(unknown.status).toBe(401)
        expect(unknown.data).toEqual(firstWrong.data)
        expect((await phoneIdentity(phone)).provider_metadata).toMatchObject({
          code_hash: null,
          attempts: 0,
        })
        // The right code no longer works: the phone is locked out by the
        // failure throttle, and the code itself is gone.
        const late = await refusal(
          api.post(
            "/auth/customer/phone",
            { phone, code },
            {
              headers: newIp(),
            }
          )
        )
        expect(late.status).toBe(429)
      })

      it("rolls back: a failed send leaves no identity, a failed account creation no customer", async () => {
        const phone = "+8613500135000"
        const send = sendPhoneCodeWorkflow(getContainer())
        send.appendAction("throw", issuePhoneCodeStepId, {
          invoke: async () => {
            throw new Error("injected failure after issuing a code")
          },
        })
        const failedSend = await send.run({
          input: { phone },
          throwOnError: false,
        })
        expect(failedSend.errors[0].error.message).toMatch(/injected failure/)
        expect(await phoneIdentity(phone)).toBeUndefined()

        await sendPhoneCodeWorkflow(getContainer()).run({ input: { phone } })
        const login = await api.post(
          "/auth/customer/phone",
          { phone, code: await lastCode(phone) },
          { headers: newIp() }
        )
        const authIdentityId = claims(login.data.token).auth_identity_id
        const create = createPhoneCustomerAccountWorkflow(getContainer())
        create.appendAction("throw", bindPhoneLoginStepId, {
          invoke: async () => {
            throw new Error("injected failure after binding the login")
          },
        })
        const failedCreate = await create.run({
          input: { auth_identity_id: authIdentityId, customer: {} },
          throwOnError: false,
        })
        expect(failedCreate.errors[0].error.message).toMatch(/injected failure/)
        const customers = await getContainer()
          .resolve(Modules.CUSTOMER)
          .listCustomers({})
        expect(customers.filter((c) => c.phone === phone)).toEqual([])
        const identity = await getContainer()
          .resolve(Modules.AUTH)
          .retrieveAuthIdentity(authIdentityId)
        expect(identity.app_metadata?.customer_id).toBeFalsy()
      })

      it("refuses an expired code", async () => {
        const phone = "+8613600136000"
        await sendPhoneCodeWorkflow(getContainer()).run({ input: { phone } })
        const code = await lastCode(phone)
        const identity = await phoneIdentity(phone)
        await getContainer()
          .resolve(Modules.AUTH)
          .updateProviderIdentities([
            {
              id: identity.id,
              provider_metadata: {
                ...identity.provider_metadata,
                expires_at: new Date(Date.now() - 1000).toISOString(),
              },
            },
          ])
        const res = await refusal(
          api.post(
            "/auth/customer/phone",
            { phone, code },
            {
              headers: newIp(),
            }
          )
        )
        expect(res.status).toBe(401)
      })

      it("waits 60 s between codes to one phone, with a 429 and Retry-After, and a new code replaces the old", async () => {
        const phone = "+8615800158000"
        await api.post(
          "/auth/customer/phone/code",
          { phone },
          {
            headers: newIp(),
          }
        )
        const first = await lastCode(phone)
        const soon = await refusal(
          api.post(
            "/auth/customer/phone/code",
            { phone: "15800158000" },
            {
              headers: newIp(),
            }
          )
        )
        expect(soon.status).toBe(429)
        expect(soon.data.type).toBe("too_many_requests")
        const retryAfter = Number(soon.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(0)
        expect(retryAfter).toBeLessThanOrEqual(60)

        await sendPhoneCodeWorkflow(getContainer()).run({ input: { phone } })
        const second = await lastCode(phone)
        if (second !== first) {
          const old = await refusal(
            api.post(
              "/auth/customer/phone",
              { phone, code: first },
              {
                headers: newIp(),
              }
            )
          )
          expect(old.status).toBe(401)
        }
        const ok = await api.post(
          "/auth/customer/phone",
          { phone, code: second },
          { headers: newIp() }
        )
        expect(ok.data.token).toBeTruthy()
      })

      it("refuses numbers outside mainland China with a 400 naming phone, and sends nothing", async () => {
        for (const phone of [
          "+1 415 555 0100",
          "12800138000",
          "023-63881234",
        ]) {
          const res = await refusal(
            api.post(
              "/auth/customer/phone/code",
              { phone },
              {
                headers: newIp(),
              }
            )
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(
            "phone must be a mainland China mobile number"
          )
        }
        const sms = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ channel: "sms" })
        expect(sms).toEqual([])
      })

      it("keeps phone sign-in to shoppers, and an email registration cannot take a phone account", async () => {
        const phone = "+8618800188000"
        await sendPhoneCodeWorkflow(getContainer()).run({ input: { phone } })
        const vendor = await refusal(
          api.post(
            "/auth/vendor/phone",
            { phone, code: await lastCode(phone) },
            { headers: newIp() }
          )
        )
        expect(vendor.status).toBeGreaterThanOrEqual(400)
        expect(vendor.status).toBeLessThan(500)
        expect(vendor.data.token).toBeUndefined()

        const registration = await api.post(
          "/auth/customer/emailpass/register",
          { email: "phone-less@auth.test", password: "shopper-password-1" }
        )
        const res = await refusal(
          api.post(
            "/store/customers/phone",
            {},
            {
              headers: {
                ...store(),
                authorization: `Bearer ${registration.data.token}`,
              },
            }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("did not sign in with a phone code")
      })
    })
  },
})
