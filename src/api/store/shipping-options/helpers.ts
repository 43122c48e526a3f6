import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorShippingProfileLink from "../../../links/vendor-shipping-profile"
import {
  keepMatchingPickupOptions,
  zonesByProfile,
} from "../../../workflows/pickup-checkout/utils/rules"

/**
 * Keeps the options of the shipping profiles that the cart's items use (one
 * per co-op) and tells which co-op each option ships for, so a checkout can
 * offer each co-op's items that co-op's own options. Of a co-op's pickup
 * options only the one for the zone its items need is kept.
 */
export async function scopeOptionsToCartVendors<
  T extends { shipping_profile_id?: string | null },
>(container: MedusaContainer, cartId: string, options: T[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["items.product.shipping_profile.id", "items.product.metadata"],
    filters: { id: cartId },
  })
  const profiles = new Set(
    (cart?.items ?? [])
      .map((item: any) => item?.product?.shipping_profile?.id)
      .filter(Boolean)
  )
  // Of each co-op's pickup options, only the zone its items need.
  const kept = keepMatchingPickupOptions(
    options.filter(
      (o) => o.shipping_profile_id && profiles.has(o.shipping_profile_id)
    ),
    zonesByProfile((cart?.items ?? []) as any[])
  )
  if (!kept.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: VendorShippingProfileLink.entryPoint,
    fields: [
      "shipping_profile_id",
      "vendor.id",
      "vendor.name",
      "vendor.handle",
    ],
    filters: { shipping_profile_id: [...profiles] },
  })
  const vendorByProfile = new Map(
    links.map((l: any) => [l.shipping_profile_id, l.vendor])
  )
  return kept.map((o) => ({
    ...o,
    vendor: vendorByProfile.get(o.shipping_profile_id!) ?? null,
  }))
}
