import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { saveContact } from "@lib/data/checkout-actions"
import { CHONGQING_DISTRICTS } from "@lib/util/districts"
import ActionForm from "@modules/common/components/action-form"
import FormField from "@modules/common/components/form-field"

type Prefill = {
  email?: string | null
  first_name?: string | null
  phone?: string | null
}

/**
 * Step 1, contact: saved as the shopper goes (each field left saves the
 * form when it is complete), and at once when the account prefilled all of
 * it. The street address is asked for, and required, only for delivery.
 */
export default async function CheckoutContact({
  cart,
  customer,
  districtCode,
  hasContact,
  needsAddress,
  locale,
  errors,
}: {
  cart: HttpTypes.StoreCart
  customer: Prefill | null
  /** The district the pickup list is sorted by, as the default. */
  districtCode?: string
  hasContact: boolean
  needsAddress: boolean
  locale: string
  errors: Record<string, string>
}) {
  const t = await getTranslations({ locale, namespace: "checkout" })
  const address = cart.shipping_address
  const email = cart.email ?? customer?.email ?? ""
  const name = address?.first_name || customer?.first_name || ""
  const phone = address?.phone || customer?.phone || ""
  const prefilled = Boolean(email && name && phone)
  return (
    <ActionForm
      action={saveContact}
      id="contact"
      submitLabel={t("save")}
      pendingLabel={t("saving")}
      okLabel={t("saved")}
      errors={errors}
      testId="contact-form"
      submitTestId="save-contact"
      noValidate
      autoSave={!hasContact && prefilled ? "now" : true}
    >
      <p className="muted">{t("autoSave")}</p>
      <input
        type="hidden"
        name="needs_address"
        value={needsAddress ? "true" : "false"}
      />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={email}
        testId="contact-email"
      />
      <FormField
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        defaultValue={name}
        testId="contact-name"
      />
      <FormField
        name="phone"
        label={t("phone")}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        required
        defaultValue={phone}
        testId="contact-phone"
      />
      <FormField
        name="district"
        label={t("district")}
        defaultValue={
          (address?.metadata?.district_code as string | undefined) ??
          districtCode ??
          ""
        }
        testId="contact-district"
        options={[
          { value: "", label: t("districtNone") },
          ...CHONGQING_DISTRICTS.map((d) => ({
            value: d.code,
            label: locale === "en" ? d.en : d.zh,
          })),
        ]}
      />
      <FormField
        name="address"
        label={needsAddress ? t("addressRequired") : t("address")}
        autoComplete="street-address"
        required={needsAddress}
        defaultValue={address?.address_1 ?? ""}
        hint={needsAddress ? t("addressHint") : undefined}
        testId="contact-address"
      />
    </ActionForm>
  )
}
