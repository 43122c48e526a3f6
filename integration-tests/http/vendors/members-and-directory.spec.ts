import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { ORIGIN_MODULE } from "../../../src/modules/origin"
import type OriginModuleService from "../../../src/modules/origin/service"
import { createAdminUser } from "../../helpers/auth"
import { createVendorProduct } from "../../helpers/checkout"
import { seedDemoStore, storeHeaders } from "../../helpers/demo-store"
import {
  registerActiveVendor,
  registerVendor,
  type RegisteredVendor,
} from "../../helpers/vendors"

jest.setTimeout(240 * 1000)

const PASSWORD = "member-password-1"
let emailCounter = 0

function uniqueEmail(prefix: string) {
  emailCounter += 1
  return `${prefix}-${emailCounter}-${Date.now()}@coop.test`
}

async function error(promise: Promise<unknown>) {
  return promise.then(
    (res) => {
      throw new Error(`Expected a failure, got ${JSON.stringify(res)}`)
    },
    (e: any) => e.response
  )
}

/**
 * The invitation emails sent to an address, newest first, as the Notification
 * Module recorded them (the local provider only logs them).
 */
async function inviteEmails(container: MedusaContainer, email: string) {
  return container
    .resolve(Modules.NOTIFICATION)
    .listNotifications(
      { to: email, template: "vendor-member-invite" },
      { order: { created_at: "DESC" } }
    )
}

/** The token in the link of the latest invitation email to an address. */
async function inviteToken(container: MedusaContainer, email: string) {
  const [latest] = await inviteEmails(container, email)
  expect(latest).toBeDefined()
  const url = new URL(latest.data!.accept_url as string)
  return url.searchParams.get("token")!
}

const sha256 = (value: string) =>
  createHash("sha256").update(value).digest("hex")

const bearer = (token: string) => ({
  headers: { authorization: `Bearer ${token}` },
})

/**
 * Invites a member as the co-op's owner, then registers their login, accepts
 * with the token from the invitation email and logs in again, as the console
 * does.
 */
async function inviteAndJoin(
  api: AxiosInstance,
  container: MedusaContainer,
  owner: RegisteredVendor,
  role: "manager" | "staff",
  email = uniqueEmail(role)
) {
  const invited = await api.post(
    "/vendors/members",
    { email, name: "李娟", role },
    { headers: owner.headers }
  )
  const token = await inviteToken(container, email.toLowerCase())
  const registration = await api.post("/auth/vendor/emailpass/register", {
    email,
    password: PASSWORD,
  })
  const accepted = await api.post(
    "/vendors/invites/accept",
    { token },
    bearer(registration.data.token)
  )
  const login = await api.post("/auth/vendor/emailpass", {
    email,
    password: PASSWORD,
  })
  return {
    invited: invited.data.member,
    member: accepted.data.member,
    email,
    token,
    registration: registration.data.token as string,
    headers: { authorization: `Bearer ${login.data.token}` },
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: Awaited<ReturnType<typeof seedDemoStore>>
    let admin: { headers: Record<string, string>; user: { email: string } }

    beforeAll(async () => {
      demo = await seedDemoStore(getContainer())
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
    })

    describe("POST /vendors/members and POST /vendors/invites/accept", () => {
      it("invites a staff member who registers, accepts and logs in as that member", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const email = uniqueEmail("Staff").toLowerCase()
        const joined = await inviteAndJoin(
          api,
          getContainer(),
          owner,
          "staff",
          email
        )

        expect(joined.invited).toMatchObject({
          email,
          role: "staff",
          status: "invited",
        })
        expect(joined.member).toMatchObject({
          id: joined.invited.id,
          status: "active",
          vendor: { id: owner.vendor.id },
        })

        const me = await api.get("/vendors/me", { headers: joined.headers })
        expect(me.data.vendor.id).toBe(owner.vendor.id)
        expect(me.data.member).toEqual({ id: joined.invited.id, role: "staff" })

        const list = await api.get("/vendors/members", {
          headers: joined.headers,
        })
        expect(list.data.count).toBe(2)
        expect(list.data.members.map((m: any) => m.role).sort()).toEqual([
          "owner",
          "staff",
        ])
        expect(list.data.members[0]).not.toHaveProperty("vendor_id")
      })

      it("lists invited members until they accept, and filters by status", async () => {
        const owner = await registerVendor(api)
        await api.post(
          "/vendors/members",
          { email: uniqueEmail("invitee"), name: "张三", role: "manager" },
          { headers: owner.headers }
        )
        const invited = await api.get("/vendors/members?status=invited", {
          headers: owner.headers,
        })
        expect(invited.data.members).toEqual([
          expect.objectContaining({ role: "manager", status: "invited" }),
        ])
        const all = await api.get("/vendors/members", {
          headers: owner.headers,
        })
        expect(all.data).toMatchObject({ count: 2, offset: 0, limit: 50 })
      })

      it("refuses an invitation for an email that already belongs to a member, naming the field", async () => {
        const owner = await registerVendor(api)
        const other = await registerVendor(api)
        const res = await error(
          api.post(
            "/vendors/members",
            { email: other.email, name: "王五", role: "staff" },
            { headers: owner.headers }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          new RegExp(`email "${other.email}" already belongs to a co-op member`)
        )
        expect(res.data.errors).toEqual([
          { field: "email", rule: "taken", values: {} },
        ])
      })

      it("validates the invitation body with messages naming the field", async () => {
        const owner = await registerVendor(api)
        const badEmail = await error(
          api.post(
            "/vendors/members",
            { email: "not-an-email", name: "王五", role: "staff" },
            { headers: owner.headers }
          )
        )
        expect(badEmail.status).toBe(400)
        expect(badEmail.data.message).toMatch(/email must be an email address/)

        const ownerRole = await error(
          api.post(
            "/vendors/members",
            { email: uniqueEmail("x"), name: "王五", role: "owner" },
            { headers: owner.headers }
          )
        )
        expect(ownerRole.status).toBe(400)
        expect(ownerRole.data.message).toMatch(/role/)
      })

      it("answers 404 when a login without an invitation tries to accept", async () => {
        const email = uniqueEmail("stranger")
        const registration = await api.post("/auth/vendor/emailpass/register", {
          email,
          password: PASSWORD,
        })
        const res = await error(
          api.post(
            "/vendors/invites/accept",
            { token: "no-invitation-has-this-token" },
            bearer(registration.data.token)
          )
        )
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(
          new RegExp(`No co-op invitation was found for "${email}"`)
        )
      })

      it("refuses to accept with a login that already runs a co-op", async () => {
        const owner = await registerVendor(api)
        const res = await error(
          api.post(
            "/vendors/invites/accept",
            { token: "any-token" },
            { headers: owner.headers }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/already belongs to a co-op member/)
      })
    })

    describe("invitation tokens", () => {
      /** An owner invites a fresh email; the invitee has not registered. */
      async function invite(owner: RegisteredVendor, role = "manager") {
        const email = uniqueEmail("invitee")
        const res = await api.post(
          "/vendors/members",
          { email, name: "周八", role },
          { headers: owner.headers }
        )
        return { email, member: res.data.member, response: res.data }
      }

      const marketplace = () => getContainer().resolve("marketplace") as any

      async function register(email: string) {
        const res = await api.post("/auth/vendor/emailpass/register", {
          email,
          password: PASSWORD,
        })
        return res.data.token as string
      }

      /** The member is still only invited and the login joined nothing. */
      async function expectUnaffiliated(
        owner: RegisteredVendor,
        memberId: string,
        email: string
      ) {
        const member = await api.get(`/vendors/members/${memberId}`, {
          headers: owner.headers,
        })
        expect(member.data.member.status).toBe("invited")
        const auth = getContainer().resolve(Modules.AUTH)
        const [provider] = await auth.listProviderIdentities({
          entity_id: email,
          provider: "emailpass",
        })
        const identity = await auth.retrieveAuthIdentity(
          provider.auth_identity_id!
        )
        expect(identity.app_metadata?.vendor_id ?? null).toBeNull()
        const login = await api.post("/auth/vendor/emailpass", {
          email,
          password: PASSWORD,
        })
        const me = await error(api.get("/vendors/me", bearer(login.data.token)))
        expect(me.status).toBe(401)
      }

      it("emails the invitee a one-time link and stores only the token's hash", async () => {
        const owner = await registerVendor(api)
        const { email, member, response } = await invite(owner)

        const [sent, ...older] = await inviteEmails(getContainer(), email)
        expect(older).toEqual([])
        expect(sent).toMatchObject({
          to: email,
          channel: "email",
          template: "vendor-member-invite",
          resource_id: member.id,
          resource_type: "vendor_member",
          data: {
            vendor_name: owner.vendor.name,
            member_name: "周八",
            role: "manager",
            expires_in_hours: 72,
          },
        })
        const url = new URL(sent.data!.accept_url as string)
        expect(url.pathname).toBe("/co-op/join")
        const token = url.searchParams.get("token")!
        // 32 random bytes, base64url.
        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)

        // The owner never sees the token.
        expect(JSON.stringify(response)).not.toContain(token)
        expect(Object.keys(member).sort()).toEqual(
          [
            "id",
            "email",
            "name",
            "role",
            "status",
            "created_at",
            "updated_at",
          ].sort()
        )

        const stored = await marketplace().retrieveVendorMember(member.id)
        expect(stored.invite_token_hash).toBe(sha256(token))
        expect(stored.invite_token_hash).not.toContain(token)
        const hoursLeft =
          (new Date(stored.invite_expires_at).getTime() - Date.now()) / 3.6e6
        expect(hoursLeft).toBeGreaterThan(71.9)
        expect(hoursLeft).toBeLessThanOrEqual(72)

        // Neither the list, one member, nor the admin's co-op shows the hash,
        // and `fields` cannot ask for it.
        const list = await api.get("/vendors/members", {
          headers: owner.headers,
        })
        const one = await api.get(`/vendors/members/${member.id}`, {
          headers: owner.headers,
        })
        const adminView = await api.get(`/admin/vendors/${owner.vendor.id}`, {
          headers: admin.headers,
        })
        for (const body of [list.data, one.data, adminView.data]) {
          expect(JSON.stringify(body)).not.toContain("invite_token_hash")
          expect(JSON.stringify(body)).not.toContain(stored.invite_token_hash)
        }
        for (const path of [
          "/vendors/members?fields=invite_token_hash",
          "/vendors/members?fields=%2Binvite_token_hash",
          `/vendors/members/${member.id}?fields=invite_token_hash,invite_expires_at`,
        ]) {
          // Refused (400) or stripped; either way the hash stays private.
          const asked = await api
            .get(path, { headers: owner.headers })
            .catch((e: any) => e.response)
          expect([200, 400]).toContain(asked.status)
          expect(JSON.stringify(asked.data)).not.toContain(
            stored.invite_token_hash
          )
          expect(JSON.stringify(asked.data)).not.toMatch(
            /"invite_(token_hash|expires_at)":/
          )
        }
      })

      it("refuses the invited email's new login without the token or with a wrong one, and changes nothing", async () => {
        const owner = await registerVendor(api)
        const { email, member } = await invite(owner)
        const other = await invite(owner, "staff")
        const otherToken = await inviteToken(getContainer(), other.email)
        const before = await marketplace().retrieveVendorMember(member.id)

        // Someone who knows the address registers it first.
        const registration = await register(email)

        const none = await error(
          api.post("/vendors/invites/accept", {}, bearer(registration))
        )
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/token/)

        const empty = await error(
          api.post(
            "/vendors/invites/accept",
            { token: "" },
            bearer(registration)
          )
        )
        expect(empty.status).toBe(400)

        for (const token of [
          "guessed-token",
          otherToken,
          before.invite_token_hash,
        ]) {
          const wrong = await error(
            api.post("/vendors/invites/accept", { token }, bearer(registration))
          )
          expect(wrong.status).toBe(400)
          expect(wrong.data.message).toMatch(
            new RegExp(`The invitation token is not valid for "${email}"`)
          )
        }

        const extra = await error(
          api.post(
            "/vendors/invites/accept",
            { token: await inviteToken(getContainer(), email), role: "owner" },
            bearer(registration)
          )
        )
        expect(extra.status).toBe(400)

        await expectUnaffiliated(owner, member.id, email)
        const after = await marketplace().retrieveVendorMember(member.id)
        expect(after.invite_token_hash).toBe(before.invite_token_hash)
        const otherAfter = await marketplace().retrieveVendorMember(
          other.member.id
        )
        expect(otherAfter.status).toBe("invited")
      })

      it("refuses an expired token, and a resent invitation replaces it", async () => {
        const owner = await registerVendor(api)
        const { email, member } = await invite(owner)
        const expiredToken = await inviteToken(getContainer(), email)
        await marketplace().updateVendorMembers({
          id: member.id,
          invite_expires_at: new Date(Date.now() - 60 * 1000),
        })
        const registration = await register(email)

        const expired = await error(
          api.post(
            "/vendors/invites/accept",
            { token: expiredToken },
            bearer(registration)
          )
        )
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(
          new RegExp(
            `The invitation for "${email}" expired at .*; ask the co-op's owner to send it again`
          )
        )
        await expectUnaffiliated(owner, member.id, email)

        const resent = await api.post(
          `/vendors/members/${member.id}/resend-invite`,
          {},
          { headers: owner.headers }
        )
        expect(resent.data.member).toMatchObject({
          id: member.id,
          status: "invited",
        })
        expect(resent.data.member).not.toHaveProperty("invite_token_hash")
        expect(await inviteEmails(getContainer(), email)).toHaveLength(2)
        const freshToken = await inviteToken(getContainer(), email)
        expect(freshToken).not.toBe(expiredToken)
        expect(JSON.stringify(resent.data)).not.toContain(freshToken)

        // The old link stays dead even though the invitation is live again.
        const old = await error(
          api.post(
            "/vendors/invites/accept",
            { token: expiredToken },
            bearer(registration)
          )
        )
        expect(old.status).toBe(400)
        expect(old.data.message).toMatch(/invitation token is not valid/)

        const accepted = await api.post(
          "/vendors/invites/accept",
          { token: freshToken },
          bearer(registration)
        )
        expect(accepted.data.member).toMatchObject({
          id: member.id,
          status: "active",
        })
      })

      it("accepts the right token once: it is cleared and a second use is refused", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const joined = await inviteAndJoin(api, getContainer(), owner, "staff")
        expect(joined.member.status).toBe("active")

        const stored = await marketplace().retrieveVendorMember(
          joined.member.id
        )
        expect(stored.invite_token_hash).toBeNull()
        expect(stored.invite_expires_at).toBeNull()

        for (const headers of [
          bearer(joined.registration).headers,
          joined.headers,
        ]) {
          const again = await error(
            api.post(
              "/vendors/invites/accept",
              { token: joined.token },
              { headers }
            )
          )
          expect(again.status).toBe(400)
          expect(again.data.message).toMatch(
            /This login already belongs to (a )?co-op member/
          )
        }
        const members = await api.get("/vendors/members", {
          headers: owner.headers,
        })
        expect(members.data.count).toBe(2)
      })

      it("lets only the owner resend, only to an invited member of their own co-op", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const manager = await inviteAndJoin(
          api,
          getContainer(),
          owner,
          "manager"
        )
        const { email, member } = await invite(owner, "staff")
        const stranger = await registerVendor(api)
        const theirs = await invite(stranger)

        const byManager = await error(
          api.post(
            `/vendors/members/${member.id}/resend-invite`,
            {},
            { headers: manager.headers }
          )
        )
        expect(byManager.status).toBe(403)
        expect(byManager.data.message).toMatch(/cannot resend invitations/)

        const active = await error(
          api.post(
            `/vendors/members/${manager.member.id}/resend-invite`,
            {},
            { headers: owner.headers }
          )
        )
        expect(active.status).toBe(400)
        expect(active.data.message).toMatch(/has already accepted/)

        const foreign = await error(
          api.post(
            `/vendors/members/${theirs.member.id}/resend-invite`,
            {},
            { headers: owner.headers }
          )
        )
        expect(foreign.status).toBe(404)
        expect(await inviteEmails(getContainer(), theirs.email)).toHaveLength(1)
        expect(await inviteEmails(getContainer(), email)).toHaveLength(1)
      })
    })

    describe("owner-only member routes", () => {
      it("lets staff and managers list members but gives them 403 on invite, role change and removal", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const staff = await inviteAndJoin(api, getContainer(), owner, "staff")
        const manager = await inviteAndJoin(
          api,
          getContainer(),
          owner,
          "manager"
        )

        for (const who of [staff, manager]) {
          const role = who === staff ? "staff" : "manager"
          const list = await api.get("/vendors/members", {
            headers: who.headers,
          })
          expect(list.status).toBe(200)

          const invite = await error(
            api.post(
              "/vendors/members",
              { email: uniqueEmail("x"), name: "赵六", role: "staff" },
              { headers: who.headers }
            )
          )
          expect(invite.status).toBe(403)
          expect(invite.data.message).toMatch(
            new RegExp(`role "${role}" cannot invite members; it needs owner`)
          )

          const change = await error(
            api.post(
              `/vendors/members/${owner.member.id}`,
              { role: "staff" },
              { headers: who.headers }
            )
          )
          expect(change.status).toBe(403)
          expect(change.data.message).toMatch(/cannot change member roles/)

          const remove = await error(
            api.delete(`/vendors/members/${owner.member.id}`, {
              headers: who.headers,
            })
          )
          expect(remove.status).toBe(403)
          expect(remove.data.message).toMatch(/cannot remove members/)
        }

        const members = await api.get("/vendors/members?role=owner", {
          headers: owner.headers,
        })
        expect(members.data.members).toEqual([
          expect.objectContaining({ id: owner.member.id, role: "owner" }),
        ])
      })
    })

    describe("POST /vendors/members/:id", () => {
      it("changes a member's role, which changes what they may do", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const staff = await inviteAndJoin(api, getContainer(), owner, "staff")

        const before = await error(
          api.post(
            "/vendors/me",
            { description_zh: "员工不能改" },
            { headers: staff.headers }
          )
        )
        expect(before.status).toBe(403)

        const res = await api.post(
          `/vendors/members/${staff.member.id}`,
          { role: "manager" },
          { headers: owner.headers }
        )
        expect(res.data.member).toMatchObject({
          id: staff.member.id,
          role: "manager",
        })

        const after = await api.post(
          "/vendors/me",
          { description_zh: "经理可以改" },
          { headers: staff.headers }
        )
        expect(after.data.vendor.description_zh).toBe("经理可以改")
      })

      it("keeps at least one owner: the last owner can neither step down nor leave", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const manager = await inviteAndJoin(
          api,
          getContainer(),
          owner,
          "manager"
        )

        const stepDown = await error(
          api.post(
            `/vendors/members/${owner.member.id}`,
            { role: "manager" },
            { headers: owner.headers }
          )
        )
        expect(stepDown.status).toBe(400)
        expect(stepDown.data.message).toMatch(
          new RegExp(
            `"${owner.member.id}" is the co-op's last owner and cannot become manager`
          )
        )

        const leave = await error(
          api.delete(`/vendors/members/${owner.member.id}`, {
            headers: owner.headers,
          })
        )
        expect(leave.status).toBe(400)
        expect(leave.data.message).toMatch(/last owner and cannot be removed/)
        expect(stepDown.data.errors).toEqual([
          {
            field: "role",
            rule: "last_owner",
            values: { member: owner.member.id },
          },
        ])
        expect(leave.data.errors).toEqual([
          {
            field: "",
            rule: "last_owner",
            values: { member: owner.member.id },
          },
        ])

        await api.post(
          `/vendors/members/${manager.member.id}`,
          { role: "owner" },
          { headers: owner.headers }
        )
        const handedOver = await api.post(
          `/vendors/members/${owner.member.id}`,
          { role: "staff" },
          { headers: owner.headers }
        )
        expect(handedOver.data.member.role).toBe("staff")

        const marketplace = getContainer().resolve("marketplace") as any
        const owners = await marketplace.listVendorMembers({
          vendor_id: owner.vendor.id,
          role: "owner",
        })
        expect(owners.map((m: any) => m.id)).toEqual([manager.member.id])
      })

      it("validates the role with a message naming the field", async () => {
        const owner = await registerVendor(api)
        const res = await error(
          api.post(
            `/vendors/members/${owner.member.id}`,
            { role: "boss" },
            { headers: owner.headers }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/role/)
      })
    })

    describe("DELETE /vendors/members/:id", () => {
      it("removes a member, unbinds their login, and lets them be invited again", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const staff = await inviteAndJoin(api, getContainer(), owner, "staff")

        const res = await api.delete(`/vendors/members/${staff.member.id}`, {
          headers: owner.headers,
        })
        expect(res.data).toEqual({
          id: staff.member.id,
          object: "vendor_member",
          deleted: true,
        })

        const locked = await error(
          api.get("/vendors/me", { headers: staff.headers })
        )
        expect(locked.status).toBe(401)

        const auth = getContainer().resolve(Modules.AUTH)
        const [provider] = await auth.listProviderIdentities({
          entity_id: staff.email,
          provider: "emailpass",
        })
        const identity = await auth.retrieveAuthIdentity(
          provider.auth_identity_id!
        )
        expect(identity.app_metadata?.vendor_id ?? null).toBeNull()

        const list = await api.get("/vendors/members", {
          headers: owner.headers,
        })
        expect(list.data.members.map((m: any) => m.id)).not.toContain(
          staff.member.id
        )

        // The same person, with the login they already have, joins again.
        await api.post(
          "/vendors/members",
          { email: staff.email, name: "李娟", role: "manager" },
          { headers: owner.headers }
        )
        const login = await api.post("/auth/vendor/emailpass", {
          email: staff.email,
          password: PASSWORD,
        })
        const emails = await inviteEmails(getContainer(), staff.email)
        expect(emails).toHaveLength(2)
        // The first invitation's token was used up when they first joined.
        const used = await error(
          api.post(
            "/vendors/invites/accept",
            { token: staff.token },
            bearer(login.data.token)
          )
        )
        expect(used.status).toBe(400)
        expect(used.data.message).toMatch(/invitation token is not valid/)
        const accepted = await api.post(
          "/vendors/invites/accept",
          { token: await inviteToken(getContainer(), staff.email) },
          bearer(login.data.token)
        )
        expect(accepted.data.member).toMatchObject({
          role: "manager",
          status: "active",
        })
        const relogin = await api.post("/auth/vendor/emailpass", {
          email: staff.email,
          password: PASSWORD,
        })
        const me = await api.get("/vendors/me", {
          headers: { authorization: `Bearer ${relogin.data.token}` },
        })
        expect(me.data.member).toEqual({
          id: accepted.data.member.id,
          role: "manager",
        })
      })

      it("removes an invited member who never accepted", async () => {
        const owner = await registerVendor(api)
        const invited = await api.post(
          "/vendors/members",
          { email: uniqueEmail("later"), name: "钱七", role: "staff" },
          { headers: owner.headers }
        )
        const res = await api.delete(
          `/vendors/members/${invited.data.member.id}`,
          { headers: owner.headers }
        )
        expect(res.data.deleted).toBe(true)
      })
    })

    describe("another co-op's members", () => {
      it("answers 404 on GET, POST and DELETE /vendors/members/:id and changes nothing", async () => {
        const mine = await registerActiveVendor(api, admin.headers)
        const theirs = await registerActiveVendor(api, admin.headers)
        const theirStaff = await inviteAndJoin(
          api,
          getContainer(),
          theirs,
          "staff"
        )

        for (const id of [theirs.member.id, theirStaff.member.id]) {
          const read = await error(
            api.get(`/vendors/members/${id}`, { headers: mine.headers })
          )
          expect(read.status).toBe(404)
          expect(read.data.message).toMatch(
            new RegExp(`Co-op member "${id}" was not found`)
          )

          const change = await error(
            api.post(
              `/vendors/members/${id}`,
              { role: "manager" },
              { headers: mine.headers }
            )
          )
          expect(change.status).toBe(404)
          expect(change.data.message).toMatch(
            new RegExp(`Co-op member "${id}" was not found`)
          )

          const remove = await error(
            api.delete(`/vendors/members/${id}`, { headers: mine.headers })
          )
          expect(remove.status).toBe(404)
          expect(remove.data.message).toMatch(
            new RegExp(`Co-op member "${id}" was not found`)
          )
        }

        const own = await api.get(`/vendors/members/${mine.member.id}`, {
          headers: mine.headers,
        })
        expect(own.data.member.id).toBe(mine.member.id)

        const theirList = await api.get("/vendors/members", {
          headers: theirs.headers,
        })
        expect(
          theirList.data.members
            .map((m: any) => `${m.id}:${m.role}:${m.status}`)
            .sort()
        ).toEqual(
          [
            `${theirs.member.id}:owner:active`,
            `${theirStaff.member.id}:staff:active`,
          ].sort()
        )

        const mineList = await api.get("/vendors/members", {
          headers: mine.headers,
        })
        expect(mineList.data.members.map((m: any) => m.id)).toEqual([
          mine.member.id,
        ])
      })
    })

    describe("POST /vendors/me", () => {
      it("updates the co-op's own profile and validates it", async () => {
        const owner = await registerVendor(api)
        const res = await api.post(
          "/vendors/me",
          {
            description_zh: "三峡库区的脐橙合作社",
            description_en: "A navel-orange co-op in the Three Gorges",
            contact: { name: "王建国", phone: "023-5555-0001" },
          },
          { headers: owner.headers }
        )
        expect(res.data.vendor).toMatchObject({
          id: owner.vendor.id,
          description_zh: "三峡库区的脐橙合作社",
          description_en: "A navel-orange co-op in the Three Gorges",
          contact: { name: "王建国", phone: "023-5555-0001" },
        })

        const badLogo = await error(
          api.post(
            "/vendors/me",
            { logo: "not a url" },
            { headers: owner.headers }
          )
        )
        expect(badLogo.status).toBe(400)
        expect(badLogo.data.message).toMatch(/logo must be an https:\/\/ URL/)

        const commission = await error(
          api.post(
            "/vendors/me",
            { commission_rate: 0 },
            { headers: owner.headers }
          )
        )
        expect(commission.status).toBe(400)
        expect(commission.data.message).toMatch(/commission_rate/)
      })

      it("gives staff a 403", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        const staff = await inviteAndJoin(api, getContainer(), owner, "staff")
        const res = await error(
          api.post(
            "/vendors/me",
            { description_zh: "x" },
            { headers: staff.headers }
          )
        )
        expect(res.status).toBe(403)
        expect(res.data.message).toMatch(
          /role "staff" cannot edit the co-op's profile; it needs owner or manager/
        )
      })
    })

    describe("GET /admin/vendors", () => {
      it("lists co-ops with qualifications, filtered by status, kind, region and name or handle", async () => {
        const fuling = await registerActiveVendor(api, admin.headers, {
          name: "涪陵青菜头专业合作社",
          handle: "fuling-zhacai-coop-admin",
          region_code: "500102",
          food_licence_no: "SC11650010200001",
        })
        const pending = await registerVendor(api, {
          name: "梁平柚子家庭农场",
          handle: "liangping-pomelo-farm-admin",
          kind: "family_farm",
          region_code: "500155",
        })

        const all = await api.get("/admin/vendors", { headers: admin.headers })
        expect(all.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        const listed = all.data.vendors.find(
          (v: any) => v.id === fuling.vendor.id
        )
        expect(listed).toMatchObject({
          credit_code: fuling.vendor.credit_code,
          food_licence_no: "SC11650010200001",
          status: "active",
          region: {
            code: "500102",
            name: "涪陵区",
            name_en: "Fuling District",
          },
        })

        const byStatus = await api.get("/admin/vendors?status=pending_review", {
          headers: admin.headers,
        })
        expect(byStatus.data.vendors.map((v: any) => v.id)).toEqual([
          pending.vendor.id,
        ])

        const byKind = await api.get("/admin/vendors?kind=family_farm", {
          headers: admin.headers,
        })
        expect(byKind.data.vendors.map((v: any) => v.id)).toEqual([
          pending.vendor.id,
        ])

        const byRegion = await api.get("/admin/vendors?region_code=500102", {
          headers: admin.headers,
        })
        expect(byRegion.data.vendors.map((v: any) => v.id)).toEqual([
          fuling.vendor.id,
        ])

        const byName = await api.get(
          `/admin/vendors?q=${encodeURIComponent("青菜头")}`,
          { headers: admin.headers }
        )
        expect(byName.data.vendors.map((v: any) => v.id)).toEqual([
          fuling.vendor.id,
        ])
        const byHandle = await api.get("/admin/vendors?q=POMELO-farm", {
          headers: admin.headers,
        })
        expect(byHandle.data.vendors.map((v: any) => v.id)).toEqual([
          pending.vendor.id,
        ])

        const page = await api.get("/admin/vendors?limit=1&offset=1", {
          headers: admin.headers,
        })
        expect(page.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(page.data.vendors).toHaveLength(1)
      })

      it("rejects a bad filter with a 400 naming the field, and needs an admin", async () => {
        const bad = await error(
          api.get("/admin/vendors?status=sleeping", { headers: admin.headers })
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/status/)

        const anonymous = await error(api.get("/admin/vendors"))
        expect(anonymous.status).toBe(401)
      })
    })

    describe("GET and POST /admin/vendors/:id", () => {
      it("shows a co-op with members, status history, stock location, shipping profile and product counts", async () => {
        const owner = await registerActiveVendor(api, admin.headers)
        await inviteAndJoin(api, getContainer(), owner, "staff")
        await createVendorProduct(getContainer(), {
          vendor_id: owner.vendor.id,
          sales_channel_id: demo.salesChannelId,
          title: "奉节脐橙 测试",
          price: 69.9,
          stock: 10,
        })

        const origin =
          getContainer().resolve<OriginModuleService>(ORIGIN_MODULE)
        const [brand] = await origin.createBrands([
          {
            handle: `fengjie-navel-${Date.now()}`,
            name_zh: "奉节脐橙",
            name_en: "Fengjie Navel Orange",
            region_codes: ["500236"],
          },
        ])
        const now = Date.now()
        await origin.createBrandAuthorizations([
          {
            brand_id: brand.id,
            vendor_id: owner.vendor.id,
            valid_from: new Date(now - 86400000),
            valid_to: new Date(now + 365 * 86400000),
          },
        ])
        await origin.createCertifications([
          {
            type: "green_food",
            number: "LB-18-23010100001",
            issuer: "中国绿色食品发展中心",
            subject_type: "vendor",
            subject_id: owner.vendor.id,
            valid_from: new Date(now - 86400000),
            valid_to: new Date(now + 365 * 86400000),
          },
        ])

        const res = await api.get(`/admin/vendors/${owner.vendor.id}`, {
          headers: admin.headers,
        })
        const vendor = res.data.vendor
        // The co-op's own fields, not just its id and related lists.
        expect(vendor).toMatchObject({
          id: owner.vendor.id,
          name: owner.vendor.name,
          handle: owner.vendor.handle,
          kind: "cooperative",
          status: "active",
          status_reason: "资质审核通过 / qualifications verified",
          region_code: "500236",
          region: { code: "500236", name: "奉节县" },
          credit_code: owner.vendor.credit_code,
          contact: { name: "王建国", phone: "023-5555-0000" },
          commission_rate: null,
        })
        expect(vendor.created_at).toBeDefined()
        expect(vendor.members).toHaveLength(2)
        expect(vendor.status_changes).toEqual([
          expect.objectContaining({
            from_status: "pending_review",
            to_status: "active",
            changed_by_email: admin.user.email,
          }),
        ])
        expect(vendor.certifications).toEqual([
          expect.objectContaining({
            type: "green_food",
            number: "LB-18-23010100001",
            issuer: "中国绿色食品发展中心",
          }),
        ])
        expect(vendor.brand_authorizations).toEqual([
          expect.objectContaining({
            status: "valid",
            brand: expect.objectContaining({ name_zh: "奉节脐橙" }),
          }),
        ])
        expect(vendor.stock_location.id).toBeDefined()
        expect(vendor.shipping_profile.id).toBeDefined()
        expect(vendor.product_counts).toEqual({
          total: 1,
          published: 1,
          draft: 0,
          proposed: 0,
          rejected: 0,
        })
        expect(vendor).not.toHaveProperty("products")

        const missing = await error(
          api.get("/admin/vendors/ven_missing", { headers: admin.headers })
        )
        expect(missing.status).toBe(404)
        expect(missing.data.message).toMatch(
          /Co-op "ven_missing" was not found/
        )
      })

      it("updates the commission rate and profile, and validates the rate", async () => {
        const { vendor } = await registerVendor(api)
        const res = await api.post(
          `/admin/vendors/${vendor.id}`,
          { commission_rate: 7.5, name: "奉节县脐橙种植专业合作社" },
          { headers: admin.headers }
        )
        expect(res.data.vendor).toMatchObject({
          commission_rate: 7.5,
          name: "奉节县脐橙种植专业合作社",
        })

        const cleared = await api.post(
          `/admin/vendors/${vendor.id}`,
          { commission_rate: null },
          { headers: admin.headers }
        )
        expect(cleared.data.vendor.commission_rate).toBeNull()

        const tooHigh = await error(
          api.post(
            `/admin/vendors/${vendor.id}`,
            { commission_rate: 150 },
            { headers: admin.headers }
          )
        )
        expect(tooHigh.status).toBe(400)
        expect(tooHigh.data.message).toMatch(/commission_rate/)

        const unknownField = await error(
          api.post(
            `/admin/vendors/${vendor.id}`,
            { status: "active" },
            { headers: admin.headers }
          )
        )
        expect(unknownField.status).toBe(400)

        const missing = await error(
          api.post(
            "/admin/vendors/ven_missing",
            { name: "不存在的合作社" },
            { headers: admin.headers }
          )
        )
        expect(missing.status).toBe(404)
      })
    })

    describe("GET /store/vendors", () => {
      it("lists only active co-ops with their region names, and no private fields", async () => {
        const active = await registerActiveVendor(api, admin.headers, {
          name: "奉节脐橙合作社（公开）",
          handle: "fengjie-public-coop",
        })
        const pending = await registerVendor(api)
        const suspended = await registerActiveVendor(api, admin.headers)
        await api.post(
          `/admin/vendors/${suspended.vendor.id}/suspend`,
          { reason: "抽检不合格" },
          { headers: admin.headers }
        )

        const res = await api.get(
          "/store/vendors",
          storeHeaders(demo.publishableKey)
        )
        expect(res.data.count).toBe(1)
        expect(res.data.vendors.map((v: any) => v.id)).toEqual([
          active.vendor.id,
        ])
        const [vendor] = res.data.vendors
        expect(vendor).toMatchObject({
          handle: "fengjie-public-coop",
          name: "奉节脐橙合作社（公开）",
          credit_code: active.vendor.credit_code,
          region: {
            code: "500236",
            name: "奉节县",
            name_en: "Fengjie County",
          },
        })
        for (const field of ["members", "contact", "status", "address"]) {
          expect(vendor).not.toHaveProperty(field)
        }
        expect(JSON.stringify(res.data)).not.toContain(active.email)
        expect(pending.vendor.id).toBeDefined()

        // Asking for private fields is refused, naming them.
        const sneaky = await api
          .get(
            "/store/vendors?fields=*members,contact,status,members.email",
            storeHeaders(demo.publishableKey)
          )
          .catch((e: any) => e.response)
        expect(sneaky.status).toBe(400)
        expect(sneaky.data.message).toMatch(
          /"members", "contact", "status", "members\.email" cannot be read on this route/
        )
        expect(JSON.stringify(sneaky.data)).not.toContain(active.email)

        const byRegion = await api.get(
          "/store/vendors?region_code=500102",
          storeHeaders(demo.publishableKey)
        )
        expect(byRegion.data.vendors).toEqual([])
      })

      it("shows an active co-op's profile with its published products, and 404 for others", async () => {
        const active = await registerActiveVendor(api, admin.headers, {
          handle: "tongnan-lemon-public",
        })
        const { product } = await createVendorProduct(getContainer(), {
          vendor_id: active.vendor.id,
          sales_channel_id: demo.salesChannelId,
          title: "潼南柠檬 测试",
          price: 29.9,
          stock: 10,
        })
        const { product: draft } = await createVendorProduct(getContainer(), {
          vendor_id: active.vendor.id,
          sales_channel_id: demo.salesChannelId,
          title: "潼南柠檬 草稿",
          price: 29.9,
          stock: 10,
          sku: "DRAFT-LEMON",
        })
        await getContainer()
          .resolve(Modules.PRODUCT)
          .updateProducts(draft.id, { status: "draft" })

        const res = await api.get(
          "/store/vendors/tongnan-lemon-public",
          storeHeaders(demo.publishableKey)
        )
        expect(res.data.vendor).toMatchObject({
          id: active.vendor.id,
          handle: "tongnan-lemon-public",
          region: { name: "奉节县" },
          products: [
            {
              id: product.id,
              title: "潼南柠檬 测试",
              handle: product.handle,
              thumbnail: null,
            },
          ],
        })
        expect(res.data.vendor).not.toHaveProperty("members")
        expect(res.data.vendor).not.toHaveProperty("contact")

        const pending = await registerVendor(api, { handle: "pending-public" })
        const suspended = await registerActiveVendor(api, admin.headers, {
          handle: "suspended-public",
        })
        await api.post(
          `/admin/vendors/${suspended.vendor.id}/suspend`,
          { reason: "抽检不合格" },
          { headers: admin.headers }
        )
        for (const handle of [
          pending.vendor.handle,
          "suspended-public",
          "no-such-coop",
        ]) {
          const res404 = await error(
            api.get(
              `/store/vendors/${handle}`,
              storeHeaders(demo.publishableKey)
            )
          )
          expect(res404.status).toBe(404)
          expect(res404.data.message).toMatch(
            new RegExp(`Co-op "${handle}" was not found`)
          )
        }
      })

      it("needs a publishable key", async () => {
        const res = await error(api.get("/store/vendors"))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/x-publishable-api-key/)
      })
    })
  },
})
