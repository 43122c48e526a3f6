import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/format"
import { useGradeStandards } from "../../hooks/api/grading"
import { CreateStandardDrawer } from "./components/create-standard-drawer"
import { StandardDetail } from "./components/standard-detail"
import { StandardsTable } from "./components/standards-table"

const TABS = [
  { value: "all", label: "全部 / All" },
  { value: "active", label: "现行 / Active" },
  { value: "superseded", label: "已被替代 / Superseded" },
] as const

// Standards are few (one per product kind and version), so one page holds
// them all and "superseded by" can be found among them.
const LIMIT = 200

const StandardsPage = () => {
  const [tab, setTab] = useState<string>("all")
  const [selectedId, setSelectedId] = useState<string>()
  const { data, isLoading, isError, error } = useGradeStandards({
    limit: LIMIT,
  })
  const all = data?.grade_standards ?? []
  const shown = tab === "all" ? all : all.filter((s) => s.status === tab)
  const selected = all.find((s) => s.id === selectedId)

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">分级标准 / Grade standards</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              国家/行业分级标准及各等级指标。替代旧版本通过 API 完成（见
              docs/api.md）。 / National and trade grading standards and their
              levels. Superseding a version is done through the API (see
              docs/api.md).
            </Text>
          </div>
          <CreateStandardDrawer />
        </div>
        <Tabs value={tab} onValueChange={setTab}>
          <div className="px-6 py-3">
            <Tabs.List>
              {TABS.map((t) => (
                <Tabs.Trigger key={t.value} value={t.value}>
                  {t.label}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </div>
        </Tabs>
        {isError ? (
          <Text className="text-ui-fg-error px-6 py-4">
            加载失败 / Could not load: {errorMessage(error)}
          </Text>
        ) : (
          <StandardsTable
            standards={shown}
            isLoading={isLoading}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        )}
      </Container>
      {selected ? (
        <StandardDetail standard={selected} all={all} />
      ) : (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            选择一个标准查看等级。 / Select a standard to see its levels.
          </Text>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "分级标准 / Standards",
  icon: Tag,
})

export default StandardsPage
