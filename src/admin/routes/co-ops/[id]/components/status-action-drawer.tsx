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
  close: "关闭 / Close",
}

/** What each decision does, said in the drawer before it is confirmed. */
const ACTION_EFFECTS: Record<VendorStatusAction, string> = {
  approve:
    "合作社可以上架商品并接单。 / The co-op may publish products and take orders.",
  reject:
    "申请被驳回，合作社不能销售；原因会告知合作社。 / The application is refused and the co-op cannot sell; the co-op sees the reason.",
  suspend:
    "商品从商城下架，已有订单照常履约，直到恢复。 / Its products leave the shop until reinstated; existing orders are still fulfilled.",
  reinstate:
    "合作社重新上线，商品回到商城。 / The co-op is live again and its products return to the shop.",
  close:
    "永久关闭，不能恢复。 / Closes the co-op for good; it cannot be reinstated.",
}

const PLACEHOLDERS: Record<VendorStatusAction, string> = {
  approve: "例如：资质齐全，已核验营业执照 / e.g. licence checked",
  reject: "例如：统一社会信用代码与营业执照不符 / e.g. credit code mismatch",
  suspend: "例如：多笔订单逾期未发货 / e.g. repeated late shipments",
  reinstate: "例如：整改完成 / e.g. issues resolved",
  close: "例如：合作社申请退出平台 / e.g. the co-op asked to leave",
}

/** The platform decisions open to a co-op in each status. */
export const ACTIONS_BY_STATUS: Record<string, VendorStatusAction[]> = {
  pending_review: ["approve", "reject"],
  active: ["suspend", "close"],
  suspended: ["reinstate", "close"],
}

/** A button that opens a drawer asking for the decision's reason. */
export const StatusActionDrawer = ({
  vendorId,
  vendorName,
  action,
}: {
  vendorId: string
  vendorName: string
  action: VendorStatusAction
}) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const mutation = useVendorStatusAction(vendorId)
  const tooShort = reason.trim().length < 2
  const positive = action === "approve" || action === "reinstate"

  const submit = () =>
    mutation.mutate(
      { action, reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(`${ACTION_LABELS[action]}: ${vendorName}`)
          setOpen(false)
          setReason("")
        },
      }
    )

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        mutation.reset()
      }}
    >
      <Drawer.Trigger asChild>
        <Button
          size="small"
          variant={positive ? "primary" : "secondary"}
          data-testid={`vendor-action-${action}`}
        >
          {ACTION_LABELS[action]}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {ACTION_LABELS[action]} · {vendorName}
          </Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text size="small">{ACTION_EFFECTS[action]}</Text>
          <div className="flex flex-col gap-2">
            <Label htmlFor="status-reason">
              原因（必填）/ Reason (required)
            </Label>
            <Textarea
              id="status-reason"
              value={reason}
              rows={5}
              onChange={(e) => setReason(e.target.value)}
              placeholder={PLACEHOLDERS[action]}
              aria-invalid={mutation.isError}
            />
            <Text size="small" className="text-ui-fg-subtle">
              原因会记入状态历史并告知合作社。 / The reason is kept in the
              status history and shown to the co-op.
            </Text>
          </div>
          {mutation.isError && (
            <Text
              size="small"
              role="alert"
              className="text-ui-fg-error"
              data-testid="vendor-action-error"
            >
              操作失败 / Failed: {errorMessage(mutation.error)}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              取消 / Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            variant={positive ? "primary" : "danger"}
            disabled={tooShort}
            isLoading={mutation.isPending}
            onClick={submit}
            data-testid="vendor-action-confirm"
          >
            确认{ACTION_LABELS[action].split(" / ")[0]} / Confirm
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
