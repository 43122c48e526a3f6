import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createCustomerAccountWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoUser, DemoUsers } from "./data"

/**
 * Creates the demo logins (platform admin and customer) with the emailpass
 * provider, skipping any whose email already has an identity.
 */
export async function seedUsers(
  container: MedusaContainer,
  users: DemoUsers,
  log: (message: string) => void
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: admins } = await query.graph({
    entity: "user",
    fields: ["id"],
    filters: { email: users.admin.email },
  })
  if (admins.length) {
    log(`admin ${users.admin.email}: kept`)
  } else {
    const authIdentityId = await registerIdentity(container, users.admin)
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId,
        userData: {
          email: users.admin.email,
          first_name: users.admin.first_name,
          last_name: users.admin.last_name,
        },
      },
    })
    log(`admin ${users.admin.email}: created`)
  }

  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email: users.customer.email, has_account: true },
  })
  if (customers.length) {
    log(`customer ${users.customer.email}: kept`)
  } else {
    const authIdentityId = await registerIdentity(container, users.customer)
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId,
        customerData: {
          email: users.customer.email,
          first_name: users.customer.first_name,
          last_name: users.customer.last_name,
          phone: users.customer.phone,
        },
      },
    })
    log(`customer ${users.customer.email}: created`)
  }
}

async function registerIdentity(container: MedusaContainer, user: DemoUser) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: user.email, password: user.password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Could not register the demo login ${user.email}: ${error}`
    )
  }
  return authIdentity.id
}
