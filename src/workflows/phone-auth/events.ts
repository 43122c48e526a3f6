/**
 * Emitted when a customer proves they hold a phone by SMS code: on the
 * account's creation and on every phone sign-in. Data:
 * `{ customer_id: string, phone: string }`, the phone in E.164
 * (`+8613800138000`). Guest orders placed with that phone may attach to
 * the customer from here.
 */
export const CUSTOMER_PHONE_VERIFIED = "customer.phone_verified"

export type CustomerPhoneVerifiedData = {
  customer_id: string
  phone: string
}

/** The auth provider id phone identities are stored under. */
export const PHONE_AUTH_PROVIDER = "phone"

/** The Notification Module channel and template for sign-in codes. */
export const SMS_CHANNEL = "sms"
export const PHONE_CODE_TEMPLATE = "auth-phone-code"
