export type ParcelNotice = "ready" | "overdue" | "returned"

/** Template ids the notification provider renders. */
export const PARCEL_TEMPLATES: Record<ParcelNotice, string> = {
  ready: "pickup-parcel-ready",
  overdue: "pickup-parcel-overdue",
  returned: "pickup-parcel-returned",
}

type NotifiableParcel = {
  id: string
  order_id: string
  compartment?: string | null
  deadline_at?: Date | string | null
  point: { id: string; name_zh: string; name_en: string; address_zh: string }
}

type NotifiableOrder = {
  id: string
  email?: string | null
  display_id?: number | null
  shipping_address?: { phone?: string | null } | null
}

function messages(
  notice: ParcelNotice,
  parcel: NotifiableParcel,
  code: string | null
) {
  const point = parcel.point
  const compartment = parcel.compartment ?? "-"
  const text: Record<ParcelNotice, { zh: string; en: string }> = {
    ready: code
      ? {
          zh: `【田头市场】您的订单已到${point.name_zh}（${point.address_zh}），格口 ${compartment}，取件码 ${code}。请在期限前凭取件码取件。`,
          en: `Tiantou Market: your order has arrived at ${point.name_en}, compartment ${compartment}. Pickup code ${code}; collect it before the deadline.`,
        }
      : {
          zh: `【田头市场】您的订单已到${point.name_zh}（${point.address_zh}），格口 ${compartment}。取件码见订单详情，请在期限前取件。`,
          en: `Tiantou Market: your order has arrived at ${point.name_en}, compartment ${compartment}. Your pickup code is on the order page; collect it before the deadline.`,
        },
    overdue: {
      zh: `【田头市场】您在${point.name_zh}的包裹已超过免费保管期，请尽快取件，逾期将退回。`,
      en: `Tiantou Market: your parcel at ${point.name_en} is past its free storage time; collect it soon or it will be returned.`,
    },
    returned: {
      zh: `【田头市场】您在${point.name_zh}的包裹逾期未取，已退回合作社，售后将联系您。`,
      en: `Tiantou Market: your parcel at ${point.name_en} was not collected and has gone back to the co-op; after-sales will contact you.`,
    },
  }
  return text[notice]
}

/**
 * The notifications of a parcel notice: an email to the order's address
 * and an SMS to the phone it was placed with, each when the order has one.
 * The "ready" notice carries the pickup code when given: for a guest it is
 * the only way the code reaches them (issue 14). The code is therefore
 * stored with the notification, like any SMS gateway's log of it; it is
 * valid only while the parcel waits at its point, and staff never read
 * notifications.
 */
export function parcelNotifications(
  notice: ParcelNotice,
  parcel: NotifiableParcel,
  order?: NotifiableOrder,
  code: string | null = null
) {
  if (!order) {
    return []
  }
  const point = parcel.point
  const text = messages(notice, parcel, notice === "ready" ? code : null)
  const data = {
    parcel_id: parcel.id,
    order_id: order.id,
    order_display_id: order.display_id ?? null,
    point_id: point.id,
    point_name_zh: point.name_zh,
    point_name_en: point.name_en,
    point_address_zh: point.address_zh,
    compartment: parcel.compartment ?? null,
    deadline_at: parcel.deadline_at
      ? new Date(parcel.deadline_at).toISOString()
      : null,
    ...(notice === "ready" && code ? { code } : {}),
    message_zh: text.zh,
    message_en: text.en,
  }
  const common = {
    template: PARCEL_TEMPLATES[notice],
    resource_id: parcel.id,
    resource_type: "parcel",
    data,
  }
  const phone = order.shipping_address?.phone?.trim()
  return [
    ...(order.email
      ? [
          {
            ...common,
            to: order.email,
            channel: "email",
            idempotency_key: `pickup-parcel:${parcel.id}:${notice}`,
          },
        ]
      : []),
    ...(phone
      ? [
          {
            ...common,
            to: phone,
            channel: "sms",
            idempotency_key: `pickup-parcel:${parcel.id}:${notice}:sms`,
          },
        ]
      : []),
  ]
}
