import {
  Button,
  Drawer,
  Input,
  Label,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import {
  type AdminPayoutLine,
  useRecordPayout,
} from "../../../hooks/api/payouts"
import { errorMessage, yuan } from "../../../lib/format"

/**
 * Records a bank transfer already made to one co-op for the selected payable
 * lines. No money moves here: the ledger is the source of truth.
 */
export const RecordPayoutDrawer = ({
  lines,
  onRecorded,
}: {
  lines: AdminPayoutLine[]
  onRecorded: () => void
}) => {
  const [open, setOpen] = useState(false)
  const [reference, setReference] = useState("")
  const [note, setNote] = useState("")
  const mutation = useRecordPayout()
  const vendorIds = [...new Set(lines.map((l) => l.vendor_id))]
  const total = lines.reduce((sum, l) => sum + Math.round(l.net * 100), 0) / 100
  const ready = lines.length > 0 && vendorIds.length === 1

  const submit = () =>
    mutation.mutate(
      {
        vendor_id: vendorIds[0],
        payout_line_ids: lines.map((l) => l.id),
        reference: reference.trim() || undefined,
        note: note.trim() || undefined,
      },
      {
        onSuccess: ({ payout }) => {
          toast.success(`已记录付款 / Payout recorded: ${yuan(payout.amount)}`)
          setOpen(false)
          setReference("")
          setNote("")
          onRecorded()
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" disabled={!ready}>
          记录付款 / Record payout ({lines.length})
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>记录付款 / Record payout</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <Text>
            {lines[0]?.vendor_name ?? vendorIds[0]} · {lines.length} 笔 / lines
            · <strong>{yuan(total)}</strong>
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            请先通过银行转账付款，再在此登记。系统不经支付服务转账，账目为准。 /
            Pay by bank transfer first, then record it here. No money moves
            through a payment service: the ledger is the source of truth.
          </Text>
          <div className="flex flex-col gap-1">
            <Label htmlFor="payout-reference">
              转账凭证号 / Transfer reference
            </Label>
            <Input
              id="payout-reference"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              placeholder="ICBC 20261130-0042"
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="payout-note">备注 / Note</Label>
            <Textarea
              id="payout-note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              取消 / Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={mutation.isPending} onClick={submit}>
            确认登记 / Confirm
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
