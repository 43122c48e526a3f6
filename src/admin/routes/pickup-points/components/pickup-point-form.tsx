import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type {
  AdminPickupPoint,
  PickupPointBody,
  PickupZoneName,
} from "../../../hooks/api/pickup-points"
import { errorMessage } from "../../../lib/format"
import { POINT_TYPE_LABELS, ZONE_LABELS } from "./labels"

const ZONES: PickupZoneName[] = ["ambient", "chilled", "frozen"]
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

const emptyPoint: PickupPointBody = {
  handle: "",
  name_zh: "",
  name_en: "",
  type: "community_store",
  address_zh: "",
  address_en: "",
  district_code: "500103",
  lat: 29.5575,
  lng: 106.5772,
  opening_hours: [{ days: EVERY_DAY, open: "08:00", close: "21:00" }],
  contact_name: "",
  contact_phone: "",
  free_storage_hours: 48,
  overdue_grace_hours: 24,
  zones: [{ zone: "ambient", compartments: 20 }],
}

/**
 * Create/edit form for a point. Opening hours are edited as one daily
 * period; points with several periods keep theirs unless it is changed.
 */
export const PickupPointForm = ({
  point,
  submitLabel,
  onSubmit,
}: {
  point?: AdminPickupPoint
  submitLabel: string
  onSubmit: (body: PickupPointBody) => Promise<unknown>
}) => {
  const initial: PickupPointBody = point
    ? {
        ...emptyPoint,
        ...point,
        address_en: point.address_en ?? "",
        zones: point.zones.map(({ zone, compartments }) => ({
          zone,
          compartments,
        })),
      }
    : emptyPoint
  const [form, setForm] = useState<PickupPointBody>(initial)
  const [daily, setDaily] = useState(initial.opening_hours[0])
  const [hoursTouched, setHoursTouched] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const set = <K extends keyof PickupPointBody>(
    key: K,
    value: PickupPointBody[K]
  ) => setForm((f) => ({ ...f, [key]: value }))
  const compartments = (zone: PickupZoneName) =>
    form.zones.find((z) => z.zone === zone)?.compartments ?? 0
  const setCompartments = (zone: PickupZoneName, n: number) =>
    set(
      "zones",
      ZONES.map((z) => ({
        zone: z,
        compartments: z === zone ? n : compartments(z),
      })).filter((z) => z.compartments > 0)
    )

  const submit = async () => {
    setError(null)
    setSaving(true)
    try {
      const { id: _id, district: _d, status: _s, ...rest } = form as any
      await onSubmit({
        ...rest,
        address_en: form.address_en || null,
        opening_hours: hoursTouched
          ? [{ ...daily, days: EVERY_DAY }]
          : form.opening_hours,
        ...(point ? { handle: undefined } : {}),
      })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const text = (key: keyof PickupPointBody, label: string) => (
    <div className="flex flex-col gap-1">
      <Label size="small">{label}</Label>
      <Input
        size="small"
        value={String(form[key] ?? "")}
        onChange={(e) => set(key, e.target.value as never)}
      />
    </div>
  )
  const num = (key: keyof PickupPointBody, label: string) => (
    <div className="flex flex-col gap-1">
      <Label size="small">{label}</Label>
      <Input
        size="small"
        type="number"
        step="any"
        value={String(form[key] ?? "")}
        onChange={(e) => set(key, Number(e.target.value) as never)}
      />
    </div>
  )

  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <div className="grid grid-cols-2 gap-4">
        {!point && text("handle", "标识 / Handle")}
        <div className="flex flex-col gap-1">
          <Label size="small">类型 / Type</Label>
          <Select
            size="small"
            value={form.type}
            onValueChange={(v) => set("type", v as PickupPointBody["type"])}
          >
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(POINT_TYPE_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {text("name_zh", "名称（中文）/ Name (zh)")}
        {text("name_en", "名称（英文）/ Name (en)")}
        {text("address_zh", "地址（中文）/ Address (zh)")}
        {text("address_en", "地址（英文）/ Address (en)")}
        {text("district_code", "区县代码 / District code (GB/T 2260)")}
        <div className="grid grid-cols-2 gap-2">
          {num("lat", "纬度 / Latitude")}
          {num("lng", "经度 / Longitude")}
        </div>
        {text("contact_name", "联系人 / Contact")}
        {text("contact_phone", "电话 / Phone")}
        {num("free_storage_hours", "免费保管（小时）/ Free storage (h)")}
        {num("overdue_grace_hours", "逾期宽限（小时）/ Overdue grace (h)")}
      </div>
      <div className="flex flex-col gap-1">
        <Label size="small">每日营业时间 / Daily hours</Label>
        <div className="flex items-center gap-2">
          <Input
            size="small"
            className="max-w-[120px]"
            value={daily.open}
            onChange={(e) => {
              setHoursTouched(true)
              setDaily({ ...daily, open: e.target.value })
            }}
          />
          <Text size="small">–</Text>
          <Input
            size="small"
            className="max-w-[120px]"
            value={daily.close}
            onChange={(e) => {
              setHoursTouched(true)
              setDaily({ ...daily, close: e.target.value })
            }}
          />
          {form.opening_hours.length > 1 && !hoursTouched && (
            <Text size="small" className="text-ui-fg-subtle">
              现有 {form.opening_hours.length} 个时段保持不变 / keeps its{" "}
              {form.opening_hours.length} periods unless changed
            </Text>
          )}
        </div>
      </div>
      <div className="flex flex-col gap-1">
        <Label size="small">每日格口数 / Compartments per day</Label>
        <div className="grid grid-cols-3 gap-4">
          {ZONES.map((zone) => (
            <div key={zone} className="flex flex-col gap-1">
              <Text size="small">{ZONE_LABELS[zone]}</Text>
              <Input
                size="small"
                type="number"
                min={0}
                value={String(compartments(zone))}
                onChange={(e) =>
                  setCompartments(zone, Math.max(0, Number(e.target.value)))
                }
              />
            </div>
          ))}
        </div>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      <div className="flex justify-end">
        <Button size="small" isLoading={saving} onClick={submit}>
          {submitLabel}
        </Button>
      </div>
    </div>
  )
}
