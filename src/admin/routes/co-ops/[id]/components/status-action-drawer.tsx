import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  useVendorStatusAction,
  type VendorStatusAction,
} from "../../../../hooks/api/vendors"
import { errorMessage } from "../../../../lib/format"

export const ACTION_LABELS: Record<VendorStatusAction, string> = {
  approve: "批准 / Approve",
  reject: "驳回 / Reject",
  suspend: "暂停 / Suspend",
  reinstate: "恢复 / Reinstate",
}

/** The platform decisions open to a co-op in each status. */
export const ACTIONS_BY_STATUS: Record<string, VendorStatusAction[]> = {
  pending_review: ["approve", "reject"],
  active: ["suspend"],
  suspended: ["reinstate"],
}

/** A button that opens a drawer asking for the decision's reason. */
export const StatusActionDrawer = ({
  vendorId,
  action,
}: {
  vendorId: string
  action: VendorStatusAction
}) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const mutation = useVendorStatusAction(vendorId)
  const tooShort = reason.trim().length < 2

  const submit = () =>
    mutation.mutate(
      { action, reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(`${ACTION_LABELS[action]}: 已完成 / Done`)
          setOpen(false)
          setReason("")
        },
        onError: (e) => toast.error(errorMessage(e)),
      }
    )

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button
          size="small"
          variant={
            action === "approve" || action === "reinstate"
              ? "primary"
              : "danger"
          }
        >
          {ACTION_LABELS[action]}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{ACTION_LABELS[action]}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-2">
          <Label htmlFor="status-reason">原因（必填）/ Reason (required)</Label>
          <Textarea
            id="status-reason"
            value={reason}
            rows={5}
            onChange={(e) => setReason(e.target.value)}
            placeholder="例如：资质齐全 / e.g. qualifications verified"
          />
          <Text size="small" className="text-ui-fg-subtle">
            原因会记入状态历史并告知合作社。 / The reason is kept in the status
            history and shown to the co-op.
          </Text>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              取消 / Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            disabled={tooShort}
            isLoading={mutation.isPending}
            onClick={submit}
          >
            确认 / Confirm
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
