import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nationalMobile, storedPhoneForms } from "../utils/phone"

export type FindGuestOrdersStepInput = {
  /** A verified email: orders placed with it as a guest. */
  email?: string | null
  /** A verified mobile number: orders shipped to it as a guest. */
  phone?: string | null
}

export const findGuestOrdersStepId = "find-guest-orders"

/**
 * This step finds the orders a guest placed with a verified email or phone:
 * orders whose customer is one of Medusa's guest customers (no account).
 * Orders of a registered customer are never found, whoever matches them.
 */
export const findGuestOrdersStep = createStep(
  findGuestOrdersStepId,
  async (input: FindGuestOrdersStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const email = input.email?.trim()
    const national = nationalMobile(input.phone)
    const candidates: { id: string; customer_id: string | null }[] = []
    if (email) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id"],
        filters: {
          email: [...new Set([email, email.toLowerCase()])],
          is_draft_order: false,
        },
      })
      candidates.push(...(data as any[]))
    }
    if (national) {
      const orders = await container.resolve(Modules.ORDER).listOrders(
        {
          is_draft_order: false,
          shipping_address: { phone: storedPhoneForms(national) },
        } as any,
        { select: ["id", "customer_id"] }
      )
      candidates.push(...(orders as any[]))
    }
    const customerIds = [
      ...new Set(candidates.map((o) => o.customer_id).filter((id) => !!id)),
    ] as string[]
    if (!customerIds.length) {
      return new StepResponse({ order_ids: [] as string[] })
    }
    const guests = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers(
        { id: customerIds, has_account: false },
        { select: ["id"] }
      )
    const guestIds = new Set(guests.map((c) => c.id))
    const orderIds = [
      ...new Set(
        candidates
          .filter((o) => o.customer_id && guestIds.has(o.customer_id))
          .map((o) => o.id)
      ),
    ]
    return new StepResponse({ order_ids: orderIds })
  }
)
