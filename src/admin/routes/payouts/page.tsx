import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import {
  type AdminPayoutLine,
  type PayoutLinesQuery,
  usePayoutLines,
} from "../../hooks/api/payouts"
import { errorMessage, yuan } from "../../lib/format"
import { PayoutLinesTable } from "./components/payout-lines-table"
import { RecentPayouts } from "./components/recent-payouts"
import { RecordPayoutDrawer } from "./components/record-payout-drawer"
import { ReportFilters } from "./components/report-filters"

const PAGE_SIZE = 50

const PayoutsPage = () => {
  // Every status by default: lines stay pending through the after-sales
  // window, so a "payable" default shows an empty report most of the time.
  const [filters, setFilters] = useState<PayoutLinesQuery>({})
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState(
    () => new Map<string, AdminPayoutLine>()
  )
  const { data, isLoading, isError, error } = usePayoutLines({
    ...filters,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  const changeFilters = (next: PayoutLinesQuery) => {
    setFilters(next)
    setPage(0)
    setSelected(new Map())
  }
  const toggle = (line: AdminPayoutLine) =>
    setSelected((current) => {
      const next = new Map(current)
      if (next.has(line.id)) {
        next.delete(line.id)
      } else {
        next.set(line.id, line)
      }
      return next
    })

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">结算 / Payouts</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              合作社应得款项账目。付款在系统外完成，在此登记。 / What the
              platform owes each co-op. Transfers happen outside the system and
              are recorded here.
            </Text>
          </div>
          <RecordPayoutDrawer
            lines={[...selected.values()]}
            onRecorded={() => setSelected(new Map())}
          />
        </div>
        <ReportFilters filters={filters} onChange={changeFilters} />
        <div className="grid grid-cols-3 gap-4 px-6 py-4">
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              订单金额合计 / Gross total
            </Text>
            <Text weight="plus">{yuan(data?.totals.gross)}</Text>
          </div>
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              佣金合计 / Commission total
            </Text>
            <Text weight="plus">{yuan(data?.totals.commission)}</Text>
          </div>
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              应付合计 / Net total
            </Text>
            <Text weight="plus">{yuan(data?.totals.net)}</Text>
          </div>
        </div>
        {isError && (
          <Text className="text-ui-fg-error px-6 py-4">
            加载失败 / Could not load: {errorMessage(error)}
          </Text>
        )}
        {isLoading ? (
          <Text className="px-6 py-4">加载中… / Loading…</Text>
        ) : (
          <PayoutLinesTable
            lines={data?.payout_lines ?? []}
            selected={selected}
            onToggle={toggle}
          />
        )}
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={page}
          pageCount={pageCount}
          canPreviousPage={page > 0}
          canNextPage={page + 1 < pageCount}
          previousPage={() => setPage((p) => Math.max(0, p - 1))}
          nextPage={() => setPage((p) => p + 1)}
          translations={{
            of: "/",
            results: "条 / results",
            pages: "页 / pages",
            prev: "上一页 / Prev",
            next: "下一页 / Next",
          }}
        />
      </Container>
      <RecentPayouts vendorId={filters.vendor_id} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "结算 / Payouts",
  icon: Cash,
})

export default PayoutsPage
