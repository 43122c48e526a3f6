import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Container,
  Heading,
  Label,
  Text,
  Textarea,
} from "@medusajs/ui"
import { useState } from "react"
import { useOrderParcel, useUnlockParcel } from "../hooks/api/parcels"
import { dateTime, errorMessage } from "../lib/format"

const STATUS_LABELS: Record<string, string> = {
  awaiting_arrival: "待到站 / Awaiting arrival",
  ready_for_pickup: "待取件 / Ready",
  overdue: "已逾期 / Overdue",
  picked_up: "已取件 / Picked up",
  returned: "已退回 / Returned",
  cancelled: "已取消 / Cancelled",
}

const AT_COUNTER = ["ready_for_pickup", "overdue"]

/**
 * The order's pickup parcel: its status, wrong codes and history, and the
 * platform's unlock (with a reason) when wrong codes lock its handover.
 * Hidden for orders without a parcel.
 */
const OrderParcelUnlockWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { data: parcel, isLoading } = useOrderParcel(data.id)
  const unlock = useUnlockParcel()
  const [reason, setReason] = useState("")
  if (isLoading || !parcel) {
    return null
  }
  const locked =
    !!parcel.locked_until && new Date(parcel.locked_until) > new Date()
  const canUnlock =
    AT_COUNTER.includes(parcel.status) &&
    (parcel.failed_attempts > 0 || !!parcel.locked_until)
  return (
    <Container className="divide-y p-0" data-testid="admin-order-parcel">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">自提包裹 / Pickup parcel</Heading>
        <Badge size="2xsmall" color={locked ? "red" : "grey"}>
          {locked
            ? "已锁定 / Locked"
            : (STATUS_LABELS[parcel.status] ?? parcel.status)}
        </Badge>
      </div>
      <div className="flex flex-col gap-1 px-6 py-4">
        <Text size="small">
          {parcel.point?.name_zh}
          {parcel.compartment ? ` · 格口 ${parcel.compartment}` : ""}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          错码 / Wrong codes: {parcel.failed_attempts}
          {locked
            ? ` · 锁定至 / locked until ${dateTime(parcel.locked_until)}`
            : ""}
        </Text>
      </div>
      {canUnlock && (
        <form
          className="flex flex-col gap-2 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            unlock.mutate(
              { id: parcel.id, reason },
              { onSuccess: () => setReason("") }
            )
          }}
        >
          <Label htmlFor="parcel-unlock-reason" size="small" weight="plus">
            解锁原因（必填） / Reason (required)
          </Label>
          <Textarea
            id="parcel-unlock-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="客服电话核实顾客本人 / Verified the customer by phone"
          />
          {unlock.isError && (
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(unlock.error)}
            </Text>
          )}
          <Button
            type="submit"
            size="small"
            variant="secondary"
            isLoading={unlock.isPending}
            disabled={reason.trim().length < 4}
          >
            解锁 / Unlock
          </Button>
        </form>
      )}
      {(parcel.events ?? []).length > 0 && (
        <div className="flex flex-col gap-2 px-6 py-4">
          <Text size="small" weight="plus">
            记录 / History
          </Text>
          {parcel.events!.map((event) => (
            <div key={event.id}>
              <Text size="small">
                {dateTime(event.created_at)} ·{" "}
                {event.actor_name ??
                  (event.actor_type === "user" ? "平台 / Platform" : "—")}{" "}
                解锁 / unlocked ({event.data?.failed_attempts ?? 0} 次错码 /
                wrong codes)
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {event.reason}
              </Text>
            </div>
          ))}
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderParcelUnlockWidget
