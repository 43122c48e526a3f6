import type { AxiosInstance } from "axios"
import { creditCodeCheckChar } from "../../src/modules/marketplace/utils/credit-code"

/**
 * A valid 统一社会信用代码 for a farmer cooperative (registration "93") in the
 * given GB/T 2260 region; `serial` makes it unique.
 */
export function creditCodeFor(regionCode: string, serial: number) {
  const first17 = `93${regionCode}MA${String(serial).padStart(7, "0")}`
  return first17 + creditCodeCheckChar(first17)
}

let counter = 0

export type RegisteredVendor = {
  vendor: any
  member: any
  email: string
  password: string
  headers: { authorization: string }
}

/**
 * Registers a co-op over HTTP the way the console does: register the login,
 * create the co-op with the registration token, then log in again.
 */
export async function registerVendor(
  api: AxiosInstance,
  overrides: Record<string, any> = {}
): Promise<RegisteredVendor> {
  counter += 1
  const handle = overrides.handle ?? `coop-${counter}-${Date.now() % 100000}`
  const email =
    overrides.member?.email ?? `member-${counter}-${Date.now()}@coop.test`
  const password = "test-password-1"

  const registration = await api.post("/auth/vendor/emailpass/register", {
    email,
    password,
  })
  const body = {
    name: `测试合作社 ${counter}`,
    handle,
    kind: "cooperative",
    credit_code: creditCodeFor("500236", counter + (Date.now() % 1000) * 100),
    region_code: "500236",
    contact: { name: "王建国", phone: "023-5555-0000" },
    ...overrides,
    member: { email, name: "王建国", ...(overrides.member ?? {}) },
  }
  const created = await api.post("/vendors", body, {
    headers: { authorization: `Bearer ${registration.data.token}` },
  })
  const login = await api.post("/auth/vendor/emailpass", { email, password })
  return {
    vendor: created.data.vendor,
    member: created.data.member,
    email,
    password,
    headers: { authorization: `Bearer ${login.data.token}` },
  }
}

/** Registers a co-op and has the platform approve it. */
export async function registerActiveVendor(
  api: AxiosInstance,
  adminHeaders: Record<string, string>,
  overrides: Record<string, any> = {}
) {
  const registered = await registerVendor(api, overrides)
  const approved = await api.post(
    `/admin/vendors/${registered.vendor.id}/approve`,
    { reason: "资质审核通过 / qualifications verified" },
    { headers: adminHeaders }
  )
  return { ...registered, vendor: approved.data.vendor }
}
