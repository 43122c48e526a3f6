import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import {
  Button,
  Container,
  Drawer,
  Heading,
  Input,
  Tabs,
  Text,
} from "@medusajs/ui"
import { useState } from "react"
import { useCreatePickupPoint } from "../../hooks/api/pickup-points"
import { PickupPointForm } from "./components/pickup-point-form"
import { PickupPointTable } from "./components/pickup-point-table"

const TABS = [
  { value: "all", label: "全部 / All" },
  { value: "active", label: "营业 / Active" },
  { value: "paused", label: "暂停 / Paused" },
] as const

const PickupPointsPage = () => {
  const [tab, setTab] = useState<string>("all")
  const [q, setQ] = useState("")
  const [creating, setCreating] = useState(false)
  const create = useCreatePickupPoint()

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">自提点 / Pickup points</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            社区自提点与智能柜：温区格口、营业时间、暂停与启用。 / Community
            pickup points and lockers: zones, hours, pause and activate.
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Input
            type="search"
            size="small"
            className="max-w-[240px]"
            placeholder="搜索名称 / Search name"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Button size="small" onClick={() => setCreating(true)}>
            新建 / Create
          </Button>
        </div>
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
            <PickupPointTable
              status={t.value === "all" ? undefined : t.value}
              q={q.trim() || undefined}
            />
          </Tabs.Content>
        ))}
      </Tabs>
      <Drawer open={creating} onOpenChange={setCreating}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>新建自提点 / New pickup point</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto p-0">
            <PickupPointForm
              submitLabel="创建 / Create"
              onSubmit={async (body) => {
                await create.mutateAsync(body)
                setCreating(false)
              }}
            />
          </Drawer.Body>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "自提点 / Pickup points",
  icon: MapPin,
})

export default PickupPointsPage
