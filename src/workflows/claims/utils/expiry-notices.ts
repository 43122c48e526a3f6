import type { ClaimStatus } from "./claim-rules"

export type ExpiryNoticeInput = {
  kind: "certification" | "brand_authorization"
  id: string
  vendor_id: string | null
  to: ClaimStatus
  notify: boolean
  valid_to: string
  label: string
}

export type NoticeVendor = {
  id: string
  name: string
  contact?: { email?: string | null } | null
  members?: { email: string; role: string; status: string }[] | null
}

export type ExpiryNotice = {
  to: string
  channel: "feed" | "email"
  template: string
  receiver_id: string
  resource_id: string
  resource_type: string
  trigger_type: string
  idempotency_key: string
  data: Record<string, unknown>
}

const KIND_ZH = { certification: "证书", brand_authorization: "品牌授权" }
const KIND_EN = {
  certification: "certificate",
  brand_authorization: "brand authorization",
}

/** The co-op's contact email, else its owner's; null when it has neither. */
export function vendorEmail(vendor: NoticeVendor): string | null {
  if (vendor.contact?.email) {
    return vendor.contact.email
  }
  const owner = vendor.members?.find(
    (m) => m.role === "owner" && m.status === "active"
  )
  return owner?.email ?? null
}

/**
 * One notice per channel (the co-op's feed, and email when it has an
 * address) for each claim that became expiring or expired. The idempotency
 * key names the claim, its new status and its end, so a rerun or a second
 * job instance sends nothing twice, while a renewed claim that lapses again
 * is told again.
 */
export function expiryNotices(
  expiries: ExpiryNoticeInput[],
  vendors: NoticeVendor[]
): ExpiryNotice[] {
  const byId = new Map(vendors.map((v) => [v.id, v]))
  return expiries.flatMap((e) => {
    const vendor = e.vendor_id ? byId.get(e.vendor_id) : undefined
    if (!e.notify || !vendor) {
      return []
    }
    const day = e.valid_to.slice(0, 10)
    const message =
      e.to === "expired"
        ? `${KIND_ZH[e.kind]} ${e.label} 已于 ${day} 过期，商品上的相关标识已隐藏。/ The ${KIND_EN[e.kind]} ${e.label} expired on ${day}; the store no longer shows it on your products.`
        : `${KIND_ZH[e.kind]} ${e.label} 将于 ${day} 到期，请及时续期。/ The ${KIND_EN[e.kind]} ${e.label} expires on ${day}; renew it to keep the claim on your products.`
    const base = {
      template: `origin-claim-${e.to}`,
      receiver_id: vendor.id,
      resource_id: e.id,
      resource_type: e.kind,
      trigger_type: `origin_claim.${e.to}`,
      data: {
        vendor_id: vendor.id,
        vendor_name: vendor.name,
        kind: e.kind,
        claim_id: e.id,
        label: e.label,
        status: e.to,
        valid_to: e.valid_to,
        message,
      },
    }
    const key = `${e.kind}:${e.id}:${e.to}:${e.valid_to}`
    const email = vendorEmail(vendor)
    return [
      {
        ...base,
        to: vendor.id,
        channel: "feed" as const,
        idempotency_key: `${key}:feed`,
      },
      ...(email
        ? [
            {
              ...base,
              to: email,
              channel: "email" as const,
              idempotency_key: `${key}:email`,
            },
          ]
        : []),
    ]
  })
}
