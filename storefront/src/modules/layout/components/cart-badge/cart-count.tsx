"use client"

import { createTranslator } from "next-intl"
import { useEffect, useState } from "react"
import { CART_COUNT_EVENT } from "@lib/util/cart-form"

/**
 * The badge itself: the count the server rendered, replaced by the count
 * an add-to-cart button announces (CART_COUNT_EVENT). `message` is the
 * ICU text of `nav.cartCount`, worded here for the screen reader.
 */
export default function CartCount({
  initial,
  locale,
  message,
}: {
  initial: number
  locale: string
  message: string
}) {
  const [count, setCount] = useState(initial)
  useEffect(() => setCount(initial), [initial])
  useEffect(() => {
    const onCount = (event: Event) => {
      const next = Number((event as CustomEvent<number>).detail)
      if (Number.isFinite(next)) {
        setCount(next)
      }
    }
    window.addEventListener(CART_COUNT_EVENT, onCount)
    return () => window.removeEventListener(CART_COUNT_EVENT, onCount)
  }, [])
  if (!count) {
    return null
  }
  const t = createTranslator({
    locale,
    messages: { nav: { cartCount: message } },
    namespace: "nav",
  })
  return (
    <span className="cart-badge" data-testid="cart-count" data-count={count}>
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{t("cartCount", { count })}</span>
    </span>
  )
}
