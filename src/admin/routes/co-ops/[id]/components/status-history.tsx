import { Table, Text } from "@medusajs/ui"
import type { AdminVendor } from "../../../../hooks/api/vendors"
import { dateTime, VENDOR_STATUS_LABELS } from "../../../../lib/format"
import { Section } from "./section"

/** Every platform decision on the co-op, newest first, with who and why. */
export const StatusHistory = ({
  changes,
}: {
  changes: NonNullable<AdminVendor["status_changes"]>
}) => (
  <Section title="状态历史 / Status history" testId="co-op-status-history">
    {changes.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>时间 / When</Table.HeaderCell>
            <Table.HeaderCell>变更 / Change</Table.HeaderCell>
            <Table.HeaderCell>原因 / Reason</Table.HeaderCell>
            <Table.HeaderCell>操作人 / By</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {[...changes]
            .sort((a, b) => b.created_at.localeCompare(a.created_at))
            .map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{dateTime(c.created_at)}</Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {VENDOR_STATUS_LABELS[c.from_status] ?? c.from_status} →{" "}
                  {VENDOR_STATUS_LABELS[c.to_status] ?? c.to_status}
                </Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {c.reason}
                </Table.Cell>
                <Table.Cell>{c.changed_by_email ?? c.changed_by}</Table.Cell>
              </Table.Row>
            ))}
        </Table.Body>
      </Table>
    ) : (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        尚无变更 / No changes yet
      </Text>
    )}
  </Section>
)
