import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { useVendor, useVendorSummary } from "../../../hooks/api/vendors"
import {
  date,
  dateTime,
  VENDOR_KIND_LABELS,
  VENDOR_STATUS_LABELS,
} from "../../../lib/format"
import { VendorStatusBadge } from "../components/vendor-status-badge"
import { Field, Section } from "./components/section"
import {
  ACTIONS_BY_STATUS,
  StatusActionDrawer,
} from "./components/status-action-drawer"
import {
  VendorLedger,
  VendorOrders,
  VendorProducts,
} from "./components/vendor-activity"

const CoOpDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useVendor(id)
  const summary = useVendorSummary(id)

  if (isLoading) {
    return <Text>加载中… / Loading…</Text>
  }
  if (isError || !data) {
    return (
      <Text className="text-ui-fg-error">
        加载失败 / Could not load: {error?.message}
      </Text>
    )
  }
  const vendor = data.vendor
  const actions = ACTIONS_BY_STATUS[vendor.status] ?? []

  return (
    <div className="flex flex-col gap-3">
      <Link to="/co-ops" className="text-ui-fg-subtle text-sm">
        ← 合作社 / Co-ops
      </Link>
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <div className="flex items-center gap-2">
            <Heading level="h1">{vendor.name}</Heading>
            <VendorStatusBadge status={vendor.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {VENDOR_KIND_LABELS[vendor.kind] ?? vendor.kind} ·{" "}
            {vendor.region
              ? `${vendor.region.name} / ${vendor.region.name_en}`
              : vendor.region_code}{" "}
            · 申请于 / applied {date(vendor.created_at)}
          </Text>
          {vendor.status_reason && (
            <Text size="small">
              最近原因 / Latest reason: {vendor.status_reason}
            </Text>
          )}
        </div>
        <div className="flex gap-2">
          {actions.map((action) => (
            <StatusActionDrawer
              key={action}
              vendorId={vendor.id}
              action={action}
            />
          ))}
        </div>
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Section title="资质 / Qualifications">
          <Field
            label="统一社会信用代码 / Credit code"
            value={vendor.credit_code}
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
            value={
              vendor.address ? Object.values(vendor.address).join(" ") : null
            }
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
            label="仓库 / Stock location"
            value={vendor.stock_location?.name}
          />
          <Field label="简介 / Description" value={vendor.description_zh} />
        </Section>

        <Section title="状态历史 / Status history">
          {vendor.status_changes?.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>时间 / When</Table.HeaderCell>
                  <Table.HeaderCell>变更 / Change</Table.HeaderCell>
                  <Table.HeaderCell>原因 / Reason</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {[...vendor.status_changes]
                  .sort((a, b) => b.created_at.localeCompare(a.created_at))
                  .map((c) => (
                    <Table.Row key={c.id}>
                      <Table.Cell>{dateTime(c.created_at)}</Table.Cell>
                      <Table.Cell>
                        {VENDOR_STATUS_LABELS[c.from_status] ?? c.from_status} →{" "}
                        {VENDOR_STATUS_LABELS[c.to_status] ?? c.to_status}
                      </Table.Cell>
                      <Table.Cell className="whitespace-normal">
                        {c.reason}
                      </Table.Cell>
                    </Table.Row>
                  ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              尚无变更 / No changes yet
            </Text>
          )}
        </Section>

        <Section title={`成员 / Members (${vendor.members?.length ?? 0})`}>
          {vendor.members?.map((m) => (
            <Field
              key={m.id}
              label={`${m.name} (${m.role})`}
              value={`${m.email} · ${m.status}`}
            />
          ))}
        </Section>

        {summary.data && <VendorProducts products={summary.data.products} />}
      </div>

      {summary.isError && (
        <Text className="text-ui-fg-error">
          加载失败 / Could not load: {summary.error.message}
        </Text>
      )}
      {summary.data && <VendorOrders orders={summary.data.orders} />}
      {summary.data && <VendorLedger ledger={summary.data.ledger} />}
    </div>
  )
}

export default CoOpDetailPage
