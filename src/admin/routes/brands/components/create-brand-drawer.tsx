import {
  Button,
  Checkbox,
  Drawer,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import {
  type AdminBrandType,
  type AdminCreateBrandBody,
  useCreateBrand,
  useOriginRegions,
} from "../../../hooks/api/origin"
import { errorMessage } from "../../../lib/format"
import { BRAND_TYPE_LABELS } from "./labels"

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

const EMPTY: AdminCreateBrandBody = {
  handle: "",
  type: "regional_public",
  name_zh: "",
  name_en: "",
  gi_number: "",
  holder: "",
  story_zh: "",
  story_en: "",
  harvest_months: [],
  region_codes: [],
}

/** "Fengjie Navel Orange" → "fengjie-navel-orange". */
export function slugify(text: string) {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

const blankToNull = (value?: string | null) => value?.trim() || null

/** The drawer an operator creates an origin brand in. */
export const CreateBrandDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<AdminCreateBrandBody>(EMPTY)
  const [handleEdited, setHandleEdited] = useState(false)
  const [regionFilter, setRegionFilter] = useState("")
  const regions = useOriginRegions()
  const create = useCreateBrand()

  const set = <K extends keyof AdminCreateBrandBody>(
    key: K,
    value: AdminCreateBrandBody[K]
  ) => setForm((f) => ({ ...f, [key]: value }))
  const toggle = <T,>(list: T[] | null | undefined, value: T) =>
    (list ?? []).includes(value)
      ? (list ?? []).filter((v) => v !== value)
      : [...(list ?? []), value]

  const handle = handleEdited ? form.handle : slugify(form.name_en)
  const choices = (regions.data?.origin_regions ?? []).filter(
    (r) =>
      !regionFilter.trim() ||
      r.name_zh.includes(regionFilter.trim()) ||
      r.name_en.toLowerCase().includes(regionFilter.trim().toLowerCase()) ||
      r.code.startsWith(regionFilter.trim())
  )
  const missing = [
    !form.name_zh.trim() && "中文名称 / Chinese name",
    !form.name_en.trim() && "英文名称 / English name",
    !handle && "标识 / Handle",
    !form.region_codes.length && "产地 / Regions",
  ].filter(Boolean)

  const submit = () =>
    create.mutate(
      {
        ...form,
        handle,
        gi_number: blankToNull(form.gi_number),
        holder: blankToNull(form.holder),
        story_zh: blankToNull(form.story_zh),
        story_en: blankToNull(form.story_en),
        harvest_months: form.harvest_months?.length
          ? [...form.harvest_months].sort((a, b) => a - b)
          : null,
      },
      {
        onSuccess: ({ brand }) => {
          toast.success(`已创建 / Created: ${brand.name_zh}`)
          setOpen(false)
          setForm(EMPTY)
          setHandleEdited(false)
        },
      }
    )

  const text = (
    key: "name_zh" | "name_en" | "gi_number" | "holder",
    label: string,
    placeholder?: string
  ) => (
    <div className="flex flex-col gap-1">
      <Label size="small" htmlFor={`brand-${key}`}>
        {label}
      </Label>
      <Input
        id={`brand-${key}`}
        size="small"
        value={form[key] ?? ""}
        placeholder={placeholder}
        onChange={(e) => set(key, e.target.value)}
      />
    </div>
  )

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        create.reset()
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="brand-create">
          新建品牌 / New brand
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>新建产地品牌 / New origin brand</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          {text("name_zh", "中文名称 / Chinese name", "例如：巫山脆李")}
          {text("name_en", "英文名称 / English name", "e.g. Wushan Crisp Plum")}
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="brand-handle">
              标识（网址用）/ Handle (for URLs)
            </Label>
            <Input
              id="brand-handle"
              size="small"
              className="font-mono"
              value={handle}
              onChange={(e) => {
                setHandleEdited(true)
                set("handle", e.target.value)
              }}
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              由英文名称生成，可修改。 / Made from the English name; you may
              change it.
            </Text>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">类型 / Type</Label>
            <Select
              size="small"
              value={form.type}
              onValueChange={(v) => set("type", v as AdminBrandType)}
            >
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(BRAND_TYPE_LABELS).map(([value, label]) => (
                  <Select.Item key={value} value={value}>
                    {label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {text(
            "gi_number",
            "农产品地理标志编号（可选）/ GI number (optional)",
            "AGI01234"
          )}
          {text("holder", "持有人（可选）/ Holder (optional)")}
          <fieldset className="flex flex-col gap-2">
            <legend className="txt-compact-small-plus mb-1">
              产地 / Regions
            </legend>
            <Input
              size="small"
              type="search"
              placeholder="筛选区县 / Filter districts"
              value={regionFilter}
              onChange={(e) => setRegionFilter(e.target.value)}
            />
            <div className="grid max-h-48 grid-cols-2 gap-1 overflow-y-auto rounded-md border p-2">
              {regions.isError && (
                <Text size="small" className="text-ui-fg-error">
                  {errorMessage(regions.error)}
                </Text>
              )}
              {choices.map((r) => (
                <label
                  key={r.code}
                  className="flex items-center gap-2 text-sm"
                  htmlFor={`region-${r.code}`}
                >
                  <Checkbox
                    id={`region-${r.code}`}
                    checked={form.region_codes.includes(r.code)}
                    onCheckedChange={() =>
                      set("region_codes", toggle(form.region_codes, r.code))
                    }
                  />
                  {r.name_zh} / {r.name_en}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="flex flex-col gap-2">
            <legend className="txt-compact-small-plus mb-1">
              采收月份（可选）/ Harvest months (optional)
            </legend>
            <div className="flex flex-wrap gap-3">
              {MONTHS.map((m) => (
                <label
                  key={m}
                  className="flex items-center gap-1 text-sm"
                  htmlFor={`month-${m}`}
                >
                  <Checkbox
                    id={`month-${m}`}
                    checked={(form.harvest_months ?? []).includes(m)}
                    onCheckedChange={() =>
                      set("harvest_months", toggle(form.harvest_months, m))
                    }
                  />
                  {m}月
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="brand-story_zh">
              品牌故事（可选）/ Story in Chinese (optional)
            </Label>
            <Textarea
              id="brand-story_zh"
              rows={3}
              value={form.story_zh ?? ""}
              onChange={(e) => set("story_zh", e.target.value)}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="brand-story_en">
              Story in English (optional)
            </Label>
            <Textarea
              id="brand-story_en"
              rows={3}
              value={form.story_en ?? ""}
              onChange={(e) => set("story_en", e.target.value)}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer className="flex items-center justify-between gap-4">
          {/* Beside the button pressed, so a refusal is never scrolled away. */}
          {create.isError ? (
            <Text
              size="small"
              role="alert"
              className="text-ui-fg-error"
              data-testid="brand-create-error"
            >
              未能创建 / Not created: {errorMessage(create.error)}
            </Text>
          ) : (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {missing.length
                ? `还需填写 / Still needed: ${missing.join("，")}`
                : ""}
            </Text>
          )}
          <div className="flex shrink-0 gap-2">
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                取消 / Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              disabled={missing.length > 0}
              isLoading={create.isPending}
              onClick={submit}
              data-testid="brand-create-submit"
            >
              创建 / Create
            </Button>
          </div>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
