import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

/** Bearer headers signed with the app's own JWT secret, as a login would. */
export function bearer(
  container: MedusaContainer,
  payload: {
    actor_id: string
    actor_type: string
    auth_identity_id: string
    app_metadata?: Record<string, unknown>
  }
) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = generateJwtToken(
    { app_metadata: {}, user_metadata: {}, ...payload },
    {
      secret: config.projectConfig.http.jwtSecret,
      expiresIn: "1d",
    }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/** A platform admin user and headers for /admin routes. */
export async function createAdminUser(
  container: MedusaContainer,
  email = "admin@tiantou.test"
) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
  })
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: identity.id, userData: { email } },
  })
  return {
    user,
    headers: bearer(container, {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: identity.id,
      app_metadata: { user_id: user.id },
    }).headers,
  }
}
