import { Badge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminVendor } from "../../../../hooks/api/vendors"
import { date } from "../../../../lib/format"
import {
  CERTIFICATION_TYPE_LABELS,
  CLAIM_STATUS_COLORS,
  CLAIM_STATUS_LABELS,
  REVIEW_STATUS_COLORS,
  REVIEW_STATUS_LABELS,
} from "../../../brands/components/labels"
import { Section } from "./section"

const Empty = ({ children }: { children: string }) => (
  <Text size="small" className="text-ui-fg-muted px-6 py-4">
    {children}
  </Text>
)

/** The co-op's own certificates (三品一标), with validity and review. */
export const VendorCertifications = ({
  certifications,
}: {
  certifications: NonNullable<AdminVendor["certifications"]>
}) => (
  <Section
    title={`资质证书 / Certificates (${certifications.length})`}
    actions={
      <Link to="/brands" className="text-ui-fg-interactive text-sm">
        证书审核 / Review →
      </Link>
    }
  >
    {certifications.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>类型 / Type</Table.HeaderCell>
            <Table.HeaderCell>编号 / Number</Table.HeaderCell>
            <Table.HeaderCell>有效期 / Valid</Table.HeaderCell>
            <Table.HeaderCell>状态 / Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certifications.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell className="whitespace-normal">
                {CERTIFICATION_TYPE_LABELS[c.type] ?? c.type}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {c.issuer}
                </Text>
              </Table.Cell>
              <Table.Cell className="font-mono text-xs">{c.number}</Table.Cell>
              <Table.Cell>
                {date(c.valid_from)} – {date(c.valid_to)}
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  <Badge size="2xsmall" color={CLAIM_STATUS_COLORS[c.status]}>
                    {CLAIM_STATUS_LABELS[c.status] ?? c.status}
                  </Badge>
                  <Badge
                    size="2xsmall"
                    color={REVIEW_STATUS_COLORS[c.review_status]}
                  >
                    {REVIEW_STATUS_LABELS[c.review_status] ?? c.review_status}
                  </Badge>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Empty>暂无证书 / No certificates</Empty>
    )}
  </Section>
)

/** The origin brands the co-op may sell under, with their windows. */
export const VendorBrandAuthorizations = ({
  authorizations,
}: {
  authorizations: NonNullable<AdminVendor["brand_authorizations"]>
}) => (
  <Section
    title={`品牌授权 / Brand authorizations (${authorizations.length})`}
    actions={
      <Link to="/brands" className="text-ui-fg-interactive text-sm">
        产地品牌 / Brands →
      </Link>
    }
  >
    {authorizations.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>品牌 / Brand</Table.HeaderCell>
            <Table.HeaderCell>有效期 / Valid</Table.HeaderCell>
            <Table.HeaderCell>状态 / Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {authorizations.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell className="whitespace-normal">
                {a.brand ? `${a.brand.name_zh} / ${a.brand.name_en}` : "—"}
              </Table.Cell>
              <Table.Cell>
                {date(a.valid_from)} – {date(a.valid_to)}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={CLAIM_STATUS_COLORS[a.status]}>
                  {CLAIM_STATUS_LABELS[a.status] ?? a.status}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Empty>暂无品牌授权 / No brand authorizations</Empty>
    )}
  </Section>
)
