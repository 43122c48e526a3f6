import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { type ParcelStatus, useParcels } from "../../../hooks/api/parcels"
import { dateTime, errorMessage } from "../../../lib/format"

const ZONE_SHORT: Record<string, string> = {
  ambient: "常温",
  chilled: "冷藏",
  frozen: "冷冻",
}

/** One status column of the board: count and the most urgent parcels. */
export const ParcelColumn = ({
  status,
  label,
  pointId,
}: {
  status: ParcelStatus
  label: string
  pointId?: string
}) => {
  const { data, isLoading, isError, error } = useParcels({
    status,
    point_id: pointId,
    limit: 30,
  })
  return (
    <Container className="flex min-w-[240px] flex-col gap-2 p-3">
      <div className="flex items-center justify-between">
        <Heading level="h3">{label}</Heading>
        <Badge size="2xsmall">{data?.count ?? "…"}</Badge>
      </div>
      {isLoading && <Text size="small">加载中… / Loading…</Text>}
      {isError && (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      )}
      {data?.parcels.map((parcel) => (
        <div
          key={parcel.id}
          className="bg-ui-bg-subtle rounded-md border px-3 py-2"
        >
          <Text size="small" weight="plus">
            {parcel.point?.name_zh}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle font-mono">
            {parcel.order_id}
          </Text>
          <Text size="xsmall">
            {ZONE_SHORT[parcel.zone]}
            {parcel.compartment ? ` · 格口 ${parcel.compartment}` : ""}
            {parcel.failed_attempts
              ? ` · 错码 ${parcel.failed_attempts} 次`
              : ""}
          </Text>
          {parcel.deadline_at && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              截止 / Deadline {dateTime(parcel.deadline_at)}
            </Text>
          )}
          {!parcel.deadline_at && parcel.eta && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              预计到达 / ETA {dateTime(parcel.eta)}
            </Text>
          )}
        </div>
      ))}
    </Container>
  )
}
