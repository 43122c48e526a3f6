import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Input, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminVendorStatus } from "../../hooks/api/vendors"
import { VendorTable } from "./components/vendor-table"

const TABS: { value: AdminVendorStatus | "all"; label: string }[] = [
  { value: "pending_review", label: "待审核 / Pending review" },
  { value: "active", label: "已启用 / Active" },
  { value: "suspended", label: "已暂停 / Suspended" },
  { value: "all", label: "全部 / All" },
]

const CoOpsPage = () => {
  const [tab, setTab] = useState<string>("pending_review")
  const [q, setQ] = useState("")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">合作社审核 / Co-op review</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            审核资质，批准、驳回或暂停合作社。 / Review qualifications and
            approve, reject or suspend co-ops.
          </Text>
        </div>
        <Input
          type="search"
          size="small"
          className="max-w-[240px]"
          placeholder="搜索名称 / Search name"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
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
        {TABS.map((t) => (
          <Tabs.Content key={t.value} value={t.value}>
            <VendorTable
              status={t.value === "all" ? undefined : t.value}
              q={q.trim() || undefined}
            />
          </Tabs.Content>
        ))}
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "合作社 / Co-ops",
  icon: Buildings,
})

export default CoOpsPage
