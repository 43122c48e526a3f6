import type { AdminVendor } from "../../../../hooks/api/vendors"
import { PRODUCT_STATUS_LABELS } from "../../../../lib/format"
import { Field, Section } from "./section"

/** City and district only where the street line does not already say them. */
function addressLine(address: Record<string, string>) {
  const street = address.address_1 ?? ""
  const places = [address.city, address.district].filter(
    (part) => part && !street.includes(part)
  )
  return [...places, street, address.postal_code].filter(Boolean).join(" ")
}

/** What an operator checks before approving: identity, licences, contact. */
export const VendorDetails = ({ vendor }: { vendor: AdminVendor }) => {
  const counts = vendor.product_counts
  return (
    <Section title="资料与资质 / Details and qualifications">
      <Field label="名称 / Name" value={vendor.name} />
      <Field
        label="标识 / Handle"
        value={<span className="font-mono">{vendor.handle}</span>}
      />
      <Field
        label="所在地区 / Region"
        value={
          vendor.region
            ? `${vendor.region.name} / ${vendor.region.name_en} (${vendor.region.code})`
            : vendor.region_code
        }
      />
      <Field
        label="统一社会信用代码 / Credit code"
        value={<span className="font-mono">{vendor.credit_code}</span>}
      />
      <Field
        label="营业执照号 / Business licence"
        value={vendor.business_licence_no}
      />
      <Field
        label="食品经营许可证 / Food licence"
        value={vendor.food_licence_no}
      />
      <Field
        label="联系人 / Contact"
        value={[
          vendor.contact?.name,
          vendor.contact?.phone,
          vendor.contact?.email,
        ]
          .filter(Boolean)
          .join(" · ")}
      />
      <Field
        label="地址 / Address"
        value={vendor.address ? addressLine(vendor.address) : null}
      />
      <Field
        label="佣金率 / Commission rate"
        value={
          vendor.commission_rate === null ||
          vendor.commission_rate === undefined
            ? "平台默认 / Platform default"
            : `${vendor.commission_rate}%`
        }
      />
      <Field
        label="商品 / Products"
        value={
          counts
            ? [
                `共 ${counts.total} / ${counts.total} total`,
                ...(["published", "proposed", "draft"] as const)
                  .filter((s) => counts[s])
                  .map((s) => `${PRODUCT_STATUS_LABELS[s]} ${counts[s]}`),
              ].join(" · ")
            : null
        }
      />
      <Field
        label="仓库 / Stock location"
        value={vendor.stock_location?.name}
      />
      <Field
        label="配送档案 / Shipping profile"
        value={vendor.shipping_profile?.name}
      />
      <Field label="简介 / Description" value={vendor.description_zh} />
      {vendor.description_en && (
        <Field label="Description (en)" value={vendor.description_en} />
      )}
    </Section>
  )
}
