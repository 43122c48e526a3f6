import { getTranslations } from "next-intl/server"
import { retrieveCartCount } from "@lib/data/cart"
import CartCount from "./cart-count"

/**
 * The number of items in the cart beside the header's cart link; nothing
 * when the cart is empty. Streamed in its own Suspense boundary, so the
 * header never waits on the cart read. The cart page's actions re-render it;
 * the product page's add button tells it the new count directly.
 */
export default async function CartBadge({ locale }: { locale: string }) {
  const count = await retrieveCartCount()
  const t = await getTranslations({ locale, namespace: "nav" })
  return (
    <CartCount initial={count} locale={locale} message={t.raw("cartCount")} />
  )
}
