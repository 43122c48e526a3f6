import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  usePickupPoints,
  useSetPickupPointStatus,
} from "../../../hooks/api/pickup-points"
import { errorMessage } from "../../../lib/format"
import { POINT_TYPE_LABELS, ZONE_LABELS } from "./labels"

const PAGE_SIZE = 20

/** One page of points; a row opens the edit page, a button pauses it. */
export const PickupPointTable = ({
  status,
  q,
}: {
  status?: "active" | "paused"
  q?: string
}) => {
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  useEffect(() => setPage(0), [q])
  const { data, isLoading, isError, error } = usePickupPoints({
    status,
    q,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  })
  const setStatus = useSetPickupPointStatus()
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  if (isError) {
    return (
      <Text className="text-ui-fg-error px-6 py-4">
        加载失败 / Could not load: {errorMessage(error)}
      </Text>
    )
  }

  return (
    <div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>名称 / Name</Table.HeaderCell>
            <Table.HeaderCell>类型 / Type</Table.HeaderCell>
            <Table.HeaderCell>区县 / District</Table.HeaderCell>
            <Table.HeaderCell>格口/日 / Compartments a day</Table.HeaderCell>
            <Table.HeaderCell>状态 / Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>加载中… / Loading…</Table.Cell>
            </Table.Row>
          )}
          {!isLoading && !data?.pickup_points.length && (
            <Table.Row>
              <Table.Cell>没有自提点 / No pickup points</Table.Cell>
            </Table.Row>
          )}
          {data?.pickup_points.map((point) => (
            <Table.Row
              key={point.id}
              className="cursor-pointer"
              onClick={() => navigate(`/pickup-points/${point.id}`)}
            >
              <Table.Cell>
                <div>{point.name_zh}</div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {point.name_en}
                </Text>
              </Table.Cell>
              <Table.Cell>{POINT_TYPE_LABELS[point.type]}</Table.Cell>
              <Table.Cell>
                {point.district?.name_zh ?? point.district_code}
              </Table.Cell>
              <Table.Cell>
                {point.zones
                  .map((z) => `${ZONE_LABELS[z.zone]} ${z.compartments}`)
                  .join(" · ")}
              </Table.Cell>
              <Table.Cell>
                <Badge
                  size="2xsmall"
                  color={point.status === "active" ? "green" : "orange"}
                >
                  {point.status === "active"
                    ? "营业 / Active"
                    : "暂停 / Paused"}
                </Badge>
              </Table.Cell>
              <Table.Cell onClick={(e) => e.stopPropagation()}>
                <Button
                  size="small"
                  variant="secondary"
                  isLoading={
                    setStatus.isPending && setStatus.variables?.id === point.id
                  }
                  onClick={() =>
                    setStatus.mutate({
                      id: point.id,
                      action: point.status === "active" ? "pause" : "activate",
                    })
                  }
                >
                  {point.status === "active"
                    ? "暂停 / Pause"
                    : "启用 / Activate"}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {setStatus.isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-2">
          {errorMessage(setStatus.error)}
        </Text>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage((p) => Math.max(0, p - 1))}
        nextPage={() => setPage((p) => p + 1)}
      />
    </div>
  )
}
