import { Badge, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { type AdminVendorStatus, useVendors } from "../../../hooks/api/vendors"
import { date, errorMessage, VENDOR_KIND_LABELS } from "../../../lib/format"
import { VendorStatusBadge } from "./vendor-status-badge"

const PAGE_SIZE = 20

/** One page of co-ops in a status, newest first; a row opens the co-op. */
export const VendorTable = ({
  status,
  q,
}: {
  status?: AdminVendorStatus
  q?: string
}) => {
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  useEffect(() => setPage(0), [q])
  const { data, isLoading, isError, error } = useVendors({
    status,
    q,
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  })
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
            <Table.HeaderCell>类型 / Kind</Table.HeaderCell>
            <Table.HeaderCell>地区 / Region</Table.HeaderCell>
            <Table.HeaderCell>统一社会信用代码 / Credit code</Table.HeaderCell>
            <Table.HeaderCell>证照 / Licences</Table.HeaderCell>
            <Table.HeaderCell>状态 / Status</Table.HeaderCell>
            <Table.HeaderCell>申请日期 / Created</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {isLoading && (
            <Table.Row>
              <Table.Cell>加载中… / Loading…</Table.Cell>
            </Table.Row>
          )}
          {!isLoading && !data?.vendors.length && (
            <Table.Row>
              <Table.Cell>没有合作社 / No co-ops</Table.Cell>
            </Table.Row>
          )}
          {data?.vendors.map((vendor) => (
            <Table.Row
              key={vendor.id}
              className="cursor-pointer"
              onClick={() => navigate(`/co-ops/${vendor.id}`)}
            >
              <Table.Cell>
                <Link
                  to={`/co-ops/${vendor.id}`}
                  className="text-ui-fg-interactive"
                  data-testid="co-op-row-link"
                  onClick={(e) => e.stopPropagation()}
                >
                  {vendor.name}
                </Link>
              </Table.Cell>
              <Table.Cell>
                {VENDOR_KIND_LABELS[vendor.kind] ?? vendor.kind}
              </Table.Cell>
              <Table.Cell>
                {vendor.region
                  ? `${vendor.region.name} / ${vendor.region.name_en}`
                  : vendor.region_code}
              </Table.Cell>
              <Table.Cell className="font-mono">
                {vendor.credit_code}
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  {vendor.business_licence_no && (
                    <Badge size="2xsmall">
                      营业执照 / Business {vendor.business_licence_no}
                    </Badge>
                  )}
                  {vendor.food_licence_no && (
                    <Badge size="2xsmall">
                      食品经营 / Food {vendor.food_licence_no}
                    </Badge>
                  )}
                  {!vendor.business_licence_no && !vendor.food_licence_no && (
                    <Text size="small" className="text-ui-fg-muted">
                      未提供 / None given
                    </Text>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell>
                <VendorStatusBadge status={vendor.status} />
              </Table.Cell>
              <Table.Cell>{date(vendor.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage((p) => Math.max(0, p - 1))}
        nextPage={() => setPage((p) => p + 1)}
        translations={{
          of: "/",
          results: "条 / results",
          pages: "页 / pages",
          prev: "上一页 / Prev",
          next: "下一页 / Next",
        }}
      />
    </div>
  )
}
