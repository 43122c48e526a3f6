import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartVendorsCanSell } from "../vendor-products/utils/cart-vendors"

type CartItem = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  quantity: number
}

// Medusa allows one handler per hook: add further line-item checks here.
// Lowering or removing a line of a co-op that stopped selling stays allowed,
// so shoppers can clear it from their cart; raising it is refused.
updateLineItemInCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    const item = (cart.items as CartItem[] | undefined)?.find(
      (i) => i.id === input.item_id
    )
    const quantity = Number(input.update?.quantity ?? 0)
    if (!item || quantity <= Number(item.quantity)) {
      return
    }
    await assertCartVendorsCanSell(container, [item])
  }
)
