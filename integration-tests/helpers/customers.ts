import type { AxiosInstance } from "axios"

let counter = 0

/** Registers a shopper account over HTTP and returns its bearer headers. */
export async function registerCustomer(
  api: AxiosInstance,
  publishableKey: string,
  name = { first_name: "晓梅", last_name: "李" },
  options: { email?: string } = {}
) {
  counter += 1
  const email = options.email ?? `shopper-${counter}-${Date.now()}@example.com`
  const password = "shopper-password-1"
  const store = { "x-publishable-api-key": publishableKey }
  const registration = await api.post("/auth/customer/emailpass/register", {
    email,
    password,
  })
  await api.post(
    "/store/customers",
    { email, ...name },
    {
      headers: { ...store, authorization: `Bearer ${registration.data.token}` },
    }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    email,
    headers: { ...store, authorization: `Bearer ${login.data.token}` },
  }
}
