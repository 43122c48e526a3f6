import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachGuestOrdersWorkflow } from "../workflows/customers"
import {
  CUSTOMER_PHONE_VERIFIED,
  type CustomerPhoneVerifiedData,
} from "../workflows/phone-auth/events"

/**
 * A phone proved by SMS code (account creation or any phone sign-in) takes
 * the guest orders shipped to that phone into the account. Running twice
 * finds nothing left to move.
 */
export default async function customerPhoneVerifiedAttachOrdersHandler({
  event,
  container,
}: SubscriberArgs<CustomerPhoneVerifiedData>) {
  await attachGuestOrdersWorkflow(container).run({
    input: { customer_id: event.data.customer_id, phone: event.data.phone },
  })
}

export const config: SubscriberConfig = {
  event: CUSTOMER_PHONE_VERIFIED,
  context: { subscriberId: "tiantou-attach-guest-orders-on-phone-verified" },
}
