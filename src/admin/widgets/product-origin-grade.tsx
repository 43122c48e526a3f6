import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useProductOriginGrade } from "../hooks/api/origin"
import { date } from "../lib/format"

const CERT_LABELS: Record<string, string> = {
  green_food: "绿色食品 / Green food",
  organic: "有机产品 / Organic",
  geographical_indication: "农产品地理标志 / GI",
  compliance_certificate: "承诺达标合格证 / Compliance certificate",
}

const ProductOriginGradeWidget = ({
  data,
}: DetailWidgetProps<AdminProduct>) => {
  const { data: res, isLoading } = useProductOriginGrade(data.id)
  const product = res?.product
  const now = Date.now()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">产地与等级 / Origin and grade</Heading>
      </div>
      {isLoading || !product ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">加载中 / Loading…</Text>
      ) : (
        <>
          <div className="px-6 py-4">
            <Text size="small" weight="plus">
              品牌 / Brand
            </Text>
            <Text size="small">
              {product.brand
                ? `${product.brand.name_zh} / ${product.brand.name_en}`
                : "—"}
            </Text>
          </div>
          <div className="flex flex-col gap-2 px-6 py-4">
            <Text size="small" weight="plus">
              认证 / Certifications
            </Text>
            {(product.certifications ?? []).length === 0 && (
              <Text size="small">—</Text>
            )}
            {(product.certifications ?? []).map((c) => {
              const valid =
                new Date(c.valid_from).getTime() <= now &&
                now <= new Date(c.valid_to).getTime()
              return (
                <div key={c.id} className="flex items-center gap-2">
                  <Badge size="2xsmall" color={valid ? "green" : "red"}>
                    {valid ? "有效 / Valid" : "无效 / Not valid"}
                  </Badge>
                  <Text size="small">
                    {CERT_LABELS[c.type] ?? c.type} {c.number} ·{" "}
                    {date(c.valid_from)}–{date(c.valid_to)}
                  </Text>
                </div>
              )
            })}
          </div>
          <div className="flex flex-col gap-2 px-6 py-4">
            <Text size="small" weight="plus">
              等级 / Grades
            </Text>
            {(product.variants ?? []).map((v) => (
              <Text size="small" key={v.id}>
                {v.title}:{" "}
                {v.variant_grade?.level
                  ? `${v.variant_grade.level.name_zh} / ${v.variant_grade.level.name_en}`
                  : "未分级 / Ungraded"}
              </Text>
            ))}
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductOriginGradeWidget
