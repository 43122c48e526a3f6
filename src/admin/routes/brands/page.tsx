import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/format"
import { useBrandAuthorizations, useBrands } from "../../hooks/api/origin"
import { BrandAuthorizations } from "./components/brand-authorizations"
import { BrandTable } from "./components/brand-table"
import { CreateBrandDrawer } from "./components/create-brand-drawer"
import { Certifications } from "./components/certifications"

// Brands are a curated list (tens), so one page holds them.
const LIMIT = 200

const BrandsPage = () => {
  const [q, setQ] = useState("")
  const [selectedId, setSelectedId] = useState<string>()
  const { data, isLoading, isError, error } = useBrands({
    q: q.trim() || undefined,
    limit: LIMIT,
  })
  const brands = data?.brands ?? []
  const selected = brands.find((b) => b.id === selectedId)
  const authorizations = useBrandAuthorizations(selected?.id)
  const brandFilter =
    selected && authorizations.data
      ? {
          name: selected.name_zh,
          vendorIds: authorizations.data.brand_authorizations.map(
            (a) => a.vendor_id
          ),
        }
      : undefined

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">产地品牌 / Origin brands</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              地理标志与区域公用品牌，授权合作社及认证证书审核。 / Geographical
              indications and regional brands, co-op authorizations and
              certificate review.
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <Input
              type="search"
              size="small"
              className="max-w-[240px]"
              placeholder="搜索品牌 / Search brand"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            <CreateBrandDrawer />
          </div>
        </div>
        {isError ? (
          <Text className="text-ui-fg-error px-6 py-4">
            加载失败 / Could not load: {errorMessage(error)}
          </Text>
        ) : (
          <BrandTable
            brands={brands}
            isLoading={isLoading}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        )}
      </Container>
      {selected ? (
        <BrandAuthorizations brand={selected} />
      ) : (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            选择一个品牌查看授权合作社。 / Select a brand to see its authorized
            co-ops.
          </Text>
        </Container>
      )}
      <Certifications brand={brandFilter} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "产地品牌 / Brands",
  icon: MapPin,
})

export default BrandsPage
