import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import type { AdminGradeStandard } from "../../../hooks/api/grading"
import { StandardStatusBadge, VerificationBadge } from "./standard-badges"

const label = (standard?: AdminGradeStandard | null) =>
  standard ? `${standard.code} ${standard.title_zh}` : "—"

/**
 * One standard's levels with their criteria in plain words, and the
 * versions it replaces or is replaced by (found in `all`).
 */
export const StandardDetail = ({
  standard,
  all,
}: {
  standard: AdminGradeStandard
  all: AdminGradeStandard[]
}) => {
  const supersedes = standard.supersedes_id
    ? (all.find((s) => s.id === standard.supersedes_id) ?? null)
    : null
  const supersededBy = all.find((s) => s.supersedes_id === standard.id) ?? null

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-2 px-6 py-4">
        <div className="flex flex-wrap items-center gap-2">
          <Heading level="h2">
            {standard.code} · {standard.title_zh} / {standard.title_en}
          </Heading>
          <VerificationBadge verification={standard.verification} />
          <StandardStatusBadge status={standard.status} />
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          来源 / Source: {standard.source}
        </Text>
        {standard.supersedes_id && (
          <Text size="small">
            替代 / Supersedes:{" "}
            {supersedes ? label(supersedes) : standard.supersedes_id}
          </Text>
        )}
        {standard.status === "superseded" && (
          <Text size="small" className="text-ui-fg-error">
            已被替代 / Superseded by: {supersededBy ? label(supersededBy) : "—"}
          </Text>
        )}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>等级 / Level</Table.HeaderCell>
            <Table.HeaderCell>指标 / Criteria</Table.HeaderCell>
            <Table.HeaderCell>容许度 / Tolerance</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {!standard.levels.length && (
            <Table.Row>
              <Table.Cell>没有等级 / No levels</Table.Cell>
            </Table.Row>
          )}
          {standard.levels.map((level) => (
            <Table.Row key={level.id}>
              <Table.Cell>
                <div className="flex flex-col">
                  <Text size="small" weight="plus">
                    {level.rank}. {level.name_zh} / {level.name_en}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted font-mono">
                    {level.code}
                  </Text>
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col whitespace-normal py-2">
                  <Text size="small">{level.summary_zh}</Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    {level.summary_en}
                  </Text>
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex items-center gap-2">
                  <Text size="small">{level.tolerance_pct}%</Text>
                  {!level.tolerance_verified && (
                    <Badge size="2xsmall" color="orange">
                      未核实 / Unverified
                    </Badge>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
