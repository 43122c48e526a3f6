import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  maskPhone,
  normalizePhone,
} from "../../modules/auth-phone/utils/phone-code"
import {
  confirmPhoneSignInWorkflow,
  PHONE_AUTH_PROVIDER,
} from "../../workflows/phone-auth"

/**
 * After a successful `POST /auth/customer/phone`, runs
 * confirmPhoneSignInWorkflow (event `customer.phone_verified`) when the
 * phone already belongs to a customer. Medusa's own route answers, so the
 * outcome is read from its answer, as the login throttle does. A phone's
 * first sign-in has no customer yet: its event comes with the account
 * (`POST /store/customers/phone`). A failure here is logged and never
 * fails the sign-in.
 */
export function confirmPhoneSignIn(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    const phone = normalizePhone(
      (req.body as Record<string, unknown> | undefined)?.phone
    )
    const signedIn =
      res.statusCode < 300 &&
      req.params.actor_type === "customer" &&
      !!phone &&
      typeof (body as { token?: unknown })?.token === "string"
    if (!signedIn) {
      return send(body)
    }
    customerOfPhone(req, phone)
      .then((customerId) =>
        customerId
          ? confirmPhoneSignInWorkflow(req.scope).run({
              input: { customer_id: customerId, phone },
            })
          : undefined
      )
      .catch((e) =>
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(
            `Phone sign-in: could not confirm ${maskPhone(phone)}: ${(e as Error).message}`
          )
      )
      .finally(() => send(body))
    return res
  }) as MedusaResponse["json"]
  next()
}

async function customerOfPhone(
  req: MedusaRequest,
  phone: string
): Promise<string | null> {
  const [identity] = await req.scope
    .resolve(Modules.AUTH)
    .listProviderIdentities(
      { provider: PHONE_AUTH_PROVIDER, entity_id: phone },
      { relations: ["auth_identity"] }
    )
  const customerId = identity?.auth_identity?.app_metadata?.customer_id
  return typeof customerId === "string" ? customerId : null
}
