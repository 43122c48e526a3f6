import { Button, Input, Label, Select } from "@medusajs/ui"
import { ArrowDownTray } from "@medusajs/icons"
import { useVendors } from "../../../hooks/api/vendors"
import {
  type PayoutLinesQuery,
  payoutLinesCsvUrl,
  type PayoutLineStatus,
} from "../../../hooks/api/payouts"
import { PAYOUT_STATUS_LABELS } from "../../../lib/format"

const ALL = "all"

/** Co-op, status and date filters, and the CSV export of what they select. */
export const ReportFilters = ({
  filters,
  onChange,
}: {
  filters: PayoutLinesQuery
  onChange: (filters: PayoutLinesQuery) => void
}) => {
  const { data } = useVendors({ limit: 100 })
  const set = (patch: Partial<PayoutLinesQuery>) =>
    onChange({ ...filters, ...patch })

  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-4">
      <div className="flex flex-col gap-1">
        <Label size="xsmall">合作社 / Co-op</Label>
        <Select
          size="small"
          value={filters.vendor_id ?? ALL}
          onValueChange={(v) => set({ vendor_id: v === ALL ? undefined : v })}
        >
          <Select.Trigger className="w-[240px]">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>全部 / All co-ops</Select.Item>
            {data?.vendors.map((v) => (
              <Select.Item key={v.id} value={v.id}>
                {v.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <Label size="xsmall">状态 / Status</Label>
        <Select
          size="small"
          value={filters.status ?? ALL}
          onValueChange={(v) =>
            set({ status: v === ALL ? undefined : (v as PayoutLineStatus) })
          }
        >
          <Select.Trigger className="w-[180px]">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>全部 / All</Select.Item>
            {Object.entries(PAYOUT_STATUS_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-1">
        <Label size="xsmall">下单起 / From</Label>
        <Input
          size="small"
          type="date"
          value={filters.from ?? ""}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label size="xsmall">下单止 / To</Label>
        <Input
          size="small"
          type="date"
          value={filters.to ?? ""}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </div>
      <Button size="small" variant="secondary" asChild>
        <a href={payoutLinesCsvUrl(filters)} download>
          <ArrowDownTray />
          导出 CSV / Export CSV
        </a>
      </Button>
    </div>
  )
}
