import { getTranslations } from "next-intl/server"
import { retrieveCartCount } from "@lib/data/cart"

/**
 * The number of items in the cart beside the header's cart link; nothing
 * when the cart is empty. Streamed in its own Suspense boundary, so the
 * header never waits on the cart read; cart actions revalidate the page,
 * which renders it again with the new count.
 */
export default async function CartBadge({ locale }: { locale: string }) {
  const count = await retrieveCartCount()
  if (!count) {
    return null
  }
  const t = await getTranslations({ locale, namespace: "nav" })
  return (
    <span className="cart-badge" data-testid="cart-count" data-count={count}>
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{t("cartCount", { count })}</span>
    </span>
  )
}
