import { Badge, Table, Text } from "@medusajs/ui"
import { type AdminBrand, useOriginRegions } from "../../../hooks/api/origin"
import { BRAND_TYPE_LABELS } from "./labels"

/** Brands, one row each; a row selects the brand. */
export const BrandTable = ({
  brands,
  isLoading,
  selectedId,
  onSelect,
}: {
  brands: AdminBrand[]
  isLoading: boolean
  selectedId?: string
  onSelect: (id: string) => void
}) => {
  const regions = useOriginRegions()
  const names = new Map(
    (regions.data?.origin_regions ?? []).map((r) => [r.code, r] as const)
  )
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>品牌 / Brand</Table.HeaderCell>
          <Table.HeaderCell>类型 / Type</Table.HeaderCell>
          <Table.HeaderCell>地理标志编号 / GI number</Table.HeaderCell>
          <Table.HeaderCell>持有人 / Holder</Table.HeaderCell>
          <Table.HeaderCell>产地 / Regions</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {isLoading && (
          <Table.Row>
            <Table.Cell>加载中… / Loading…</Table.Cell>
          </Table.Row>
        )}
        {!isLoading && !brands.length && (
          <Table.Row>
            <Table.Cell>没有品牌 / No brands</Table.Cell>
          </Table.Row>
        )}
        {brands.map((brand) => (
          <Table.Row
            key={brand.id}
            className={
              brand.id === selectedId
                ? "bg-ui-bg-highlight cursor-pointer"
                : "cursor-pointer"
            }
            onClick={() => onSelect(brand.id)}
          >
            <Table.Cell>
              <Text size="small">
                {brand.name_zh} / {brand.name_en}
              </Text>
            </Table.Cell>
            <Table.Cell>
              {BRAND_TYPE_LABELS[brand.type] ?? brand.type}
            </Table.Cell>
            <Table.Cell className="font-mono">
              {brand.gi_number ?? "—"}
            </Table.Cell>
            <Table.Cell>{brand.holder ?? "—"}</Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap gap-1">
                {brand.region_codes.map((code) => {
                  const region = names.get(code)
                  return (
                    <Badge
                      key={code}
                      size="2xsmall"
                      title={region ? `${region.name_en} · ${code}` : code}
                    >
                      {region?.name_zh ?? code}
                    </Badge>
                  )
                })}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
