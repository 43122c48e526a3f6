import { Container, Heading, Table, Text } from "@medusajs/ui"
import { usePayouts } from "../../../hooks/api/payouts"
import { dateTime, yuan } from "../../../lib/format"

/** The latest recorded payouts. */
export const RecentPayouts = ({ vendorId }: { vendorId?: string }) => {
  const { data, isLoading } = usePayouts({ vendor_id: vendorId, limit: 20 })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">
          付款记录 / Recorded payouts ({data?.count ?? 0})
        </Heading>
      </div>
      {isLoading && <Text className="px-6 py-4">加载中… / Loading…</Text>}
      {data && !data.payouts.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          暂无付款记录 / No payouts recorded yet
        </Text>
      )}
      {!!data?.payouts.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>时间 / When</Table.HeaderCell>
              <Table.HeaderCell>合作社 / Co-op</Table.HeaderCell>
              <Table.HeaderCell>金额 / Amount</Table.HeaderCell>
              <Table.HeaderCell>笔数 / Lines</Table.HeaderCell>
              <Table.HeaderCell>凭证号 / Reference</Table.HeaderCell>
              <Table.HeaderCell>备注 / Note</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.payouts.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{dateTime(p.created_at)}</Table.Cell>
                <Table.Cell>{p.vendor_name ?? p.vendor_id}</Table.Cell>
                <Table.Cell>{yuan(p.amount)}</Table.Cell>
                <Table.Cell>{p.lines?.length ?? 0}</Table.Cell>
                <Table.Cell>{p.reference ?? "—"}</Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {p.note ?? "—"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
