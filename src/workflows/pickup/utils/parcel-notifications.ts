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

/**
 * The email notification for a parcel notice, or null when the order has
 * no email. Holds the point, compartment and deadline, never the code.
 */
export function parcelNotification(
  notice: ParcelNotice,
  parcel: NotifiableParcel,
  order?: { id: string; email?: string | null; display_id?: number | null }
) {
  if (!order?.email) {
    return null
  }
  const deadline = parcel.deadline_at
    ? new Date(parcel.deadline_at).toISOString()
    : null
  const point = parcel.point
  const text: Record<ParcelNotice, { zh: string; en: string }> = {
    ready: {
      zh: `您的订单已到${point.name_zh}（${point.address_zh}），格口 ${parcel.compartment ?? "-"}。取件码见订单详情，请在期限前取件。`,
      en: `Your order has arrived at ${point.name_en}, compartment ${parcel.compartment ?? "-"}. Your pickup code is on the order page; collect it before the deadline.`,
    },
    overdue: {
      zh: `您在${point.name_zh}的包裹已超过免费保管期，请尽快取件，逾期将退回。`,
      en: `Your parcel at ${point.name_en} is past its free storage time; collect it soon or it will be returned.`,
    },
    returned: {
      zh: `您在${point.name_zh}的包裹逾期未取，已退回合作社，售后将联系您。`,
      en: `Your parcel at ${point.name_en} was not collected and has gone back to the co-op; after-sales will contact you.`,
    },
  }
  return {
    to: order.email,
    channel: "email",
    template: PARCEL_TEMPLATES[notice],
    idempotency_key: `pickup-parcel:${parcel.id}:${notice}`,
    resource_id: parcel.id,
    resource_type: "parcel",
    data: {
      parcel_id: parcel.id,
      order_id: order.id,
      order_display_id: order.display_id ?? null,
      point_id: point.id,
      point_name_zh: point.name_zh,
      point_name_en: point.name_en,
      point_address_zh: point.address_zh,
      compartment: parcel.compartment ?? null,
      deadline_at: deadline,
      message_zh: text[notice].zh,
      message_en: text[notice].en,
    },
  }
}
