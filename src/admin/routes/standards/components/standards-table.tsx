import { Table, Text } from "@medusajs/ui"
import type { AdminGradeStandard } from "../../../hooks/api/grading"
import { date } from "../../../lib/format"
import { StandardStatusBadge, VerificationBadge } from "./standard-badges"

/** Standards, one row each; a row selects the standard. */
export const StandardsTable = ({
  standards,
  isLoading,
  selectedId,
  onSelect,
}: {
  standards: AdminGradeStandard[]
  isLoading: boolean
  selectedId?: string
  onSelect: (id: string) => void
}) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>标准号 / Code</Table.HeaderCell>
        <Table.HeaderCell>名称 / Title</Table.HeaderCell>
        <Table.HeaderCell>品类 / Product kind</Table.HeaderCell>
        <Table.HeaderCell>等级数 / Levels</Table.HeaderCell>
        <Table.HeaderCell>核实 / Verification</Table.HeaderCell>
        <Table.HeaderCell>状态 / Status</Table.HeaderCell>
        <Table.HeaderCell>更新 / Updated</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {isLoading && (
        <Table.Row>
          <Table.Cell>加载中… / Loading…</Table.Cell>
        </Table.Row>
      )}
      {!isLoading && !standards.length && (
        <Table.Row>
          <Table.Cell>没有标准 / No standards</Table.Cell>
        </Table.Row>
      )}
      {standards.map((standard) => (
        <Table.Row
          key={standard.id}
          className={
            standard.id === selectedId
              ? "bg-ui-bg-highlight cursor-pointer"
              : "cursor-pointer"
          }
          onClick={() => onSelect(standard.id)}
        >
          <Table.Cell className="font-mono">{standard.code}</Table.Cell>
          <Table.Cell>
            <Text size="small">
              {standard.title_zh} / {standard.title_en}
            </Text>
          </Table.Cell>
          <Table.Cell className="font-mono">{standard.product_kind}</Table.Cell>
          <Table.Cell>{standard.levels.length}</Table.Cell>
          <Table.Cell>
            <VerificationBadge verification={standard.verification} />
          </Table.Cell>
          <Table.Cell>
            <StandardStatusBadge status={standard.status} />
          </Table.Cell>
          <Table.Cell>{date(standard.updated_at)}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
