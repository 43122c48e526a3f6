import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import {
  type AdminBrand,
  useBrandAuthorizations,
} from "../../../hooks/api/origin"
import { date, errorMessage } from "../../../lib/format"
import { CLAIM_STATUS_COLORS, CLAIM_STATUS_LABELS } from "./labels"

/** The co-ops allowed to sell under a brand, and until when. */
export const BrandAuthorizations = ({ brand }: { brand: AdminBrand }) => {
  const { data, isLoading, isError, error } = useBrandAuthorizations(brand.id)
  const authorizations = data?.brand_authorizations ?? []

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">
          {brand.name_zh} · 授权合作社 / Authorized co-ops
        </Heading>
      </div>
      {isError ? (
        <Text className="text-ui-fg-error px-6 py-4">
          加载失败 / Could not load: {errorMessage(error)}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>合作社 / Co-op</Table.HeaderCell>
              <Table.HeaderCell>有效期 / Valid</Table.HeaderCell>
              <Table.HeaderCell>状态 / Status</Table.HeaderCell>
              <Table.HeaderCell>备注 / Note</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && (
              <Table.Row>
                <Table.Cell>加载中… / Loading…</Table.Cell>
              </Table.Row>
            )}
            {!isLoading && !authorizations.length && (
              <Table.Row>
                <Table.Cell>没有授权 / No authorizations</Table.Cell>
              </Table.Row>
            )}
            {authorizations.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>{a.vendor?.name ?? a.vendor_id}</Table.Cell>
                <Table.Cell>
                  {date(a.valid_from)} – {date(a.valid_to)}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={CLAIM_STATUS_COLORS[a.status] ?? "grey"}>
                    {CLAIM_STATUS_LABELS[a.status] ?? a.status}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>{a.note ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
