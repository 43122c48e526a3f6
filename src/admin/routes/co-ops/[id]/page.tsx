import { Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { useVendor, useVendorSummary } from "../../../hooks/api/vendors"
import {
  date,
  dateTime,
  errorMessage,
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
  VENDOR_KIND_LABELS,
} from "../../../lib/format"
import { VendorStatusBadge } from "../components/vendor-status-badge"
import { Field, Section } from "./components/section"
import {
  ACTIONS_BY_STATUS,
  StatusActionDrawer,
} from "./components/status-action-drawer"
import { StatusHistory } from "./components/status-history"
import {
  VendorLedger,
  VendorOrders,
  VendorProducts,
} from "./components/vendor-activity"
import {
  VendorBrandAuthorizations,
  VendorCertifications,
} from "./components/vendor-claims"
import { VendorDetails } from "./components/vendor-details"

const CoOpDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useVendor(id)
  const summary = useVendorSummary(id)

  if (isLoading) {
    return <Text>加载中… / Loading…</Text>
  }
  if (isError || !data) {
    return (
      <Container className="flex flex-col gap-2">
        <Link to="/co-ops" className="text-ui-fg-subtle text-sm">
          ← 合作社 / Co-ops
        </Link>
        <Text className="text-ui-fg-error" role="alert">
          加载失败 / Could not load: {errorMessage(error)}
        </Text>
      </Container>
    )
  }
  const vendor = data.vendor
  const actions = ACTIONS_BY_STATUS[vendor.status] ?? []

  return (
    <div className="flex flex-col gap-3" data-testid="co-op-detail">
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
          {vendor.status === "pending_review" && (
            <Text size="small" className="text-ui-fg-base">
              核对下方资质与证书后批准或驳回。 / Check the qualifications and
              certificates below, then approve or reject.
            </Text>
          )}
          {vendor.status_reason && (
            <Text size="small" data-testid="co-op-status-reason">
              最近原因 / Latest reason: {vendor.status_reason}
              {vendor.status_changed_at
                ? ` (${dateTime(vendor.status_changed_at)})`
                : ""}
            </Text>
          )}
        </div>
        <div className="flex gap-2">
          {actions.map((action) => (
            <StatusActionDrawer
              key={action}
              vendorId={vendor.id}
              vendorName={vendor.name}
              action={action}
            />
          ))}
        </div>
      </Container>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <VendorDetails vendor={vendor} />
        <div className="flex flex-col gap-3">
          <VendorCertifications certifications={vendor.certifications ?? []} />
          <VendorBrandAuthorizations
            authorizations={vendor.brand_authorizations ?? []}
          />
          <Section title={`成员 / Members (${vendor.members?.length ?? 0})`}>
            {vendor.members?.map((m) => (
              <Field
                key={m.id}
                label={`${m.name} · ${MEMBER_ROLE_LABELS[m.role] ?? m.role}`}
                value={`${m.email} · ${MEMBER_STATUS_LABELS[m.status] ?? m.status}`}
              />
            ))}
          </Section>
        </div>
        <StatusHistory changes={vendor.status_changes ?? []} />
        {summary.data && <VendorProducts products={summary.data.products} />}
      </div>

      {summary.isError && (
        <Text className="text-ui-fg-error" role="alert">
          加载失败 / Could not load: {errorMessage(summary.error)}
        </Text>
      )}
      {summary.data && <VendorOrders orders={summary.data.orders} />}
      {summary.data && <VendorLedger ledger={summary.data.ledger} />}
    </div>
  )
}

export default CoOpDetailPage
