import { Badge, Container, Heading, Text, toast } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import {
  usePickupPoint,
  useUpdatePickupPoint,
} from "../../../hooks/api/pickup-points"
import { PickupPointForm } from "../components/pickup-point-form"

const PickupPointPage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = usePickupPoint(id)
  const update = useUpdatePickupPoint(id)

  if (isLoading) {
    return <Text className="px-6 py-4">加载中… / Loading…</Text>
  }
  if (isError || !data) {
    return (
      <Text className="text-ui-fg-error px-6 py-4">
        加载失败 / Could not load: {error?.message}
      </Text>
    )
  }
  const point = data.pickup_point
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{point.name_zh}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {point.name_en} · {point.handle}
          </Text>
        </div>
        <Badge color={point.status === "active" ? "green" : "orange"}>
          {point.status === "active" ? "营业 / Active" : "暂停 / Paused"}
        </Badge>
      </div>
      <PickupPointForm
        key={point.id}
        point={point}
        submitLabel="保存 / Save"
        onSubmit={async (body) => {
          await update.mutateAsync(body)
          toast.success("已保存 / Saved")
        }}
      />
    </Container>
  )
}

export default PickupPointPage
