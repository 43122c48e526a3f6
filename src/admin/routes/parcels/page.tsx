import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type { ParcelStatus } from "../../hooks/api/parcels"
import { usePickupPoints } from "../../hooks/api/pickup-points"
import { ParcelColumn } from "./components/parcel-column"

const COLUMNS: { status: ParcelStatus; label: string }[] = [
  { status: "awaiting_arrival", label: "待到站 / Awaiting arrival" },
  { status: "ready_for_pickup", label: "待取件 / Ready" },
  { status: "overdue", label: "已逾期 / Overdue" },
  { status: "picked_up", label: "已取件 / Picked up" },
  { status: "returned", label: "已退回 / Returned" },
  { status: "cancelled", label: "已取消 / Cancelled" },
]

const ALL = "all"

const ParcelsPage = () => {
  const [pointId, setPointId] = useState<string>(ALL)
  const points = usePickupPoints({ limit: 100 })
  return (
    <div className="flex flex-col gap-4">
      <Container className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">包裹看板 / Parcel board</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            按状态查看各自提点的包裹；取件码从不显示。 / Parcels by status;
            pickup codes are never shown.
          </Text>
        </div>
        <Select size="small" value={pointId} onValueChange={setPointId}>
          <Select.Trigger className="max-w-[280px]">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>全部自提点 / All points</Select.Item>
            {points.data?.pickup_points.map((p) => (
              <Select.Item key={p.id} value={p.id}>
                {p.name_zh}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Container>
      <div className="flex gap-3 overflow-x-auto pb-2">
        {COLUMNS.map((c) => (
          <ParcelColumn
            key={c.status}
            status={c.status}
            label={c.label}
            pointId={pointId === ALL ? undefined : pointId}
          />
        ))}
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "包裹看板 / Parcels",
  icon: ArchiveBox,
})

export default ParcelsPage
