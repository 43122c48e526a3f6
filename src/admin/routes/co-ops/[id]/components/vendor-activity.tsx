import { Badge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminVendorSummary } from "../../../../hooks/api/vendors"
import {
  dateTime,
  PAYOUT_STATUS_LABELS,
  PRODUCT_STATUS_LABELS,
  yuan,
} from "../../../../lib/format"
import { PayoutStatusBadge } from "../../../payouts/components/payout-status-badge"
import { Section } from "./section"

const Empty = ({ children }: { children: string }) => (
  <Text size="small" className="text-ui-fg-muted px-6 py-4">
    {children}
  </Text>
)

/** The co-op's products, linking to the stock product pages. */
export const VendorProducts = ({
  products,
}: {
  products: AdminVendorSummary["products"]
}) => (
  <Section title={`商品 / Products (${products.length})`}>
    {products.length ? (
      <Table>
        <Table.Body>
          {products.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <Link
                  to={`/products/${p.id}`}
                  className="text-ui-fg-interactive"
                >
                  {p.title}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">
                  {PRODUCT_STATUS_LABELS[p.status] ?? p.status}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Empty>暂无商品 / No products yet</Empty>
    )}
  </Section>
)

/** The co-op's most recent orders, linking to the stock order pages. */
export const VendorOrders = ({
  orders,
}: {
  orders: AdminVendorSummary["orders"]
}) => (
  <Section title={`订单 / Orders (${orders.count})`}>
    {orders.orders.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>订单号 / Order</Table.HeaderCell>
            <Table.HeaderCell>状态 / Status</Table.HeaderCell>
            <Table.HeaderCell>金额 / Total</Table.HeaderCell>
            <Table.HeaderCell>下单时间 / Placed</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {orders.orders.map((o) => (
            <Table.Row key={o.id}>
              <Table.Cell>
                <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive">
                  #{o.display_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{o.status}</Table.Cell>
              <Table.Cell>{yuan(o.total)}</Table.Cell>
              <Table.Cell>{dateTime(o.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Empty>暂无订单 / No orders yet</Empty>
    )}
  </Section>
)

/** The co-op's payout ledger: totals per status and the latest lines. */
export const VendorLedger = ({
  ledger,
}: {
  ledger: AdminVendorSummary["ledger"]
}) => (
  <Section
    title={`结算账目 / Ledger (${ledger.count})`}
    actions={
      <Link to="/payouts" className="text-ui-fg-interactive text-sm">
        结算报表 / Payout report →
      </Link>
    }
  >
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
      {Object.entries(ledger.totals).map(([status, t]) => (
        <div key={status}>
          <Text size="small" className="text-ui-fg-subtle">
            {PAYOUT_STATUS_LABELS[status] ?? status} · {t.count}
          </Text>
          <Text weight="plus">{yuan(t.net)}</Text>
        </div>
      ))}
    </div>
    {ledger.payout_lines.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>订单 / Order</Table.HeaderCell>
            <Table.HeaderCell>状态 / Status</Table.HeaderCell>
            <Table.HeaderCell>订单金额 / Gross</Table.HeaderCell>
            <Table.HeaderCell>佣金 / Commission</Table.HeaderCell>
            <Table.HeaderCell>应付 / Net</Table.HeaderCell>
            <Table.HeaderCell>可结算时间 / Payable after</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {ledger.payout_lines.map((l) => (
            <Table.Row key={l.id}>
              <Table.Cell className="font-mono text-xs">
                {l.order_id}
              </Table.Cell>
              <Table.Cell>
                <PayoutStatusBadge status={l.status} />
              </Table.Cell>
              <Table.Cell>{yuan(l.gross)}</Table.Cell>
              <Table.Cell>{yuan(l.commission)}</Table.Cell>
              <Table.Cell>{yuan(l.net)}</Table.Cell>
              <Table.Cell>{dateTime(l.payable_after)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <Empty>暂无账目 / No ledger lines yet</Empty>
    )}
  </Section>
)
