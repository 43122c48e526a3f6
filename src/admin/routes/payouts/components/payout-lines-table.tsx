import { Checkbox, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminPayoutLine } from "../../../hooks/api/payouts"
import { dateTime, yuan } from "../../../lib/format"
import { PayoutStatusBadge } from "./payout-status-badge"

/**
 * Ledger lines. Payable lines can be selected, all from one co-op: a payout
 * settles one co-op's lines.
 */
export const PayoutLinesTable = ({
  lines,
  selected,
  onToggle,
}: {
  lines: AdminPayoutLine[]
  selected: Map<string, AdminPayoutLine>
  onToggle: (line: AdminPayoutLine) => void
}) => {
  const selectedVendor = selected.values().next().value?.vendor_id
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell />
          <Table.HeaderCell>合作社 / Co-op</Table.HeaderCell>
          <Table.HeaderCell>订单 / Order</Table.HeaderCell>
          <Table.HeaderCell>状态 / Status</Table.HeaderCell>
          <Table.HeaderCell>订单金额 / Gross</Table.HeaderCell>
          <Table.HeaderCell>佣金 / Commission</Table.HeaderCell>
          <Table.HeaderCell>应付 / Net</Table.HeaderCell>
          <Table.HeaderCell>可结算时间 / Payable after</Table.HeaderCell>
          <Table.HeaderCell>付款时间 / Paid</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {!lines.length && (
          <Table.Row>
            <Table.Cell />
            <Table.Cell className="whitespace-normal">
              <Text size="small">
                没有符合筛选的账目。订单付款后生成账目，售后期结束后变为可结算。
                / No lines match these filters. A line is recorded when an order
                is paid and becomes payable after the after-sales window.
              </Text>
            </Table.Cell>
          </Table.Row>
        )}
        {lines.map((line) => {
          const selectable =
            line.status === "payable" &&
            (!selectedVendor || selectedVendor === line.vendor_id)
          return (
            <Table.Row key={line.id}>
              <Table.Cell>
                <Checkbox
                  aria-label={`选择 / Select ${line.id}`}
                  disabled={!selectable}
                  checked={selected.has(line.id)}
                  onCheckedChange={() => onToggle(line)}
                />
              </Table.Cell>
              <Table.Cell>{line.vendor_name ?? line.vendor_id}</Table.Cell>
              <Table.Cell>
                {line.order_display_id ? (
                  <Link
                    to={`/orders/${line.order_id}`}
                    className="text-ui-fg-interactive"
                  >
                    #{line.order_display_id}
                  </Link>
                ) : (
                  <span className="font-mono text-xs">{line.order_id}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                <PayoutStatusBadge status={line.status} />
              </Table.Cell>
              <Table.Cell>{yuan(line.gross)}</Table.Cell>
              <Table.Cell>{yuan(line.commission)}</Table.Cell>
              <Table.Cell>{yuan(line.net)}</Table.Cell>
              <Table.Cell>{dateTime(line.payable_after)}</Table.Cell>
              <Table.Cell>{dateTime(line.paid_at)}</Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
