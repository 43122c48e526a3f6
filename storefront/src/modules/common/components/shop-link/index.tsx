import Link from "next/link"
import type { ComponentProps } from "react"

/**
 * The shop's links: client navigation without prefetching. Every shop page
 * is rendered per request and has no loading boundary, so a prefetch only
 * spends the shopper's data and the server's time on pages not opened
 * (the home page alone would fetch a dozen).
 */
export default function ShopLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />
}
