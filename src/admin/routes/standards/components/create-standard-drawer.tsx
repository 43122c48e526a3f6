import {
  Button,
  Drawer,
  IconButton,
  Input,
  Label,
  Select,
  Text,
  toast,
} from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useState } from "react"
import { METRICS } from "../../../../modules/grading/utils/metrics"
import {
  type AdminCreateGradeStandardBody,
  useCreateGradeStandard,
} from "../../../hooks/api/grading"
import { errorMessage } from "../../../lib/format"

type MetricCode = keyof typeof METRICS
type CriterionRow = { metric: MetricCode; min: string; max: string }
type LevelRow = {
  code: string
  name_zh: string
  name_en: string
  tolerance_pct: string
  criteria: CriterionRow[]
}

const METRIC_CODES = Object.keys(METRICS) as MetricCode[]
const newCriterion = (): CriterionRow => ({
  metric: "soluble_solids_pct",
  min: "",
  max: "",
})
const newLevel = (n: number): LevelRow => ({
  code: n === 1 ? "first" : n === 2 ? "second" : `level-${n}`,
  name_zh: n === 1 ? "一级" : n === 2 ? "二级" : `${n}级`,
  name_en: `Grade ${n}`,
  tolerance_pct: "5",
  criteria: [newCriterion()],
})
const number = (value: string) =>
  value.trim() === "" ? null : Number(value.trim())

/**
 * The drawer an operator enters a grading standard in: the standard, then
 * its levels best first (the order is the rank), each with the measurable
 * criteria a co-op must meet. The backend checks metrics, ranges and band
 * overlaps and names the level and criterion when it refuses.
 */
export const CreateStandardDrawer = () => {
  const [open, setOpen] = useState(false)
  const [head, setHead] = useState({
    code: "",
    title_zh: "",
    title_en: "",
    product_kind: "",
    source: "",
    verification: "unverified" as "verified" | "unverified",
  })
  const [levels, setLevels] = useState<LevelRow[]>([newLevel(1)])
  const create = useCreateGradeStandard()

  const setLevel = (i: number, patch: Partial<LevelRow>) =>
    setLevels((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)))
  const setCriterion = (i: number, k: number, patch: Partial<CriterionRow>) =>
    setLevel(i, {
      criteria: levels[i].criteria.map((c, j) =>
        j === k ? { ...c, ...patch } : c
      ),
    })

  const body = (): AdminCreateGradeStandardBody => ({
    ...head,
    code: head.code.trim(),
    product_kind: head.product_kind.trim(),
    levels: levels.map((l, i) => ({
      code: l.code.trim(),
      name_zh: l.name_zh.trim(),
      name_en: l.name_en.trim(),
      rank: i + 1,
      tolerance_pct: Number(l.tolerance_pct || 0),
      criteria: l.criteria.map((c) => ({
        metric: c.metric,
        min: number(c.min),
        max: number(c.max),
        unit: METRICS[c.metric].unit,
      })),
    })),
  })
  const missing = [
    !head.code.trim() && "编号 / Code",
    !head.title_zh.trim() && "中文标题 / Chinese title",
    !head.title_en.trim() && "英文标题 / English title",
    !head.product_kind.trim() && "品类 / Product kind",
    !head.source.trim() && "来源 / Source",
  ].filter(Boolean)

  const submit = () =>
    create.mutate(body(), {
      onSuccess: ({ grade_standard }) => {
        toast.success(`已创建 / Created: ${grade_standard.code}`)
        setOpen(false)
        setLevels([newLevel(1)])
      },
    })

  const field = (key: keyof typeof head, label: string, hint?: string) => (
    <div className="flex flex-col gap-1">
      <Label size="small" htmlFor={`standard-${key}`}>
        {label}
      </Label>
      <Input
        id={`standard-${key}`}
        size="small"
        value={head[key]}
        placeholder={hint}
        onChange={(e) => setHead((h) => ({ ...h, [key]: e.target.value }))}
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
        <Button size="small" variant="secondary" data-testid="standard-create">
          新建标准 / New standard
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>新建分级标准 / New grade standard</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <div className="grid grid-cols-2 gap-3">
            {field("code", "编号 / Code", "GB/T 21488-2008")}
            {field(
              "product_kind",
              "品类 / Product kind",
              "navel_orange（小写加下划线）"
            )}
            {field("title_zh", "中文标题 / Chinese title", "脐橙")}
            {field("title_en", "英文标题 / English title", "Navel oranges")}
          </div>
          {field(
            "source",
            "来源 / Source",
            "例如：国家标准全文公开系统 / e.g. the published standard"
          )}
          <div className="flex flex-col gap-1">
            <Label size="small">核实 / Verification</Label>
            <Select
              size="small"
              value={head.verification}
              onValueChange={(v) =>
                setHead((h) => ({
                  ...h,
                  verification: v as "verified" | "unverified",
                }))
              }
            >
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="unverified">
                  未核实 / Unverified
                </Select.Item>
                <Select.Item value="verified">
                  已对照原文核实 / Checked against the text
                </Select.Item>
              </Select.Content>
            </Select>
          </div>

          {levels.map((level, i) => (
            <fieldset
              key={i}
              className="flex flex-col gap-2 rounded-md border p-3"
            >
              <legend className="txt-compact-small-plus px-1">
                等级 {i + 1}（{i === 0 ? "最高 / best" : `rank ${i + 1}`}）
              </legend>
              <div className="grid grid-cols-4 gap-2">
                {(
                  [
                    ["code", "代码 / Code"],
                    ["name_zh", "中文名 / Chinese"],
                    ["name_en", "英文名 / English"],
                    ["tolerance_pct", "容许度 % / Tolerance %"],
                  ] as const
                ).map(([key, label]) => (
                  <div key={key} className="flex flex-col gap-1">
                    <Label size="xsmall" htmlFor={`level-${i}-${key}`}>
                      {label}
                    </Label>
                    <Input
                      id={`level-${i}-${key}`}
                      size="small"
                      type={key === "tolerance_pct" ? "number" : "text"}
                      value={level[key]}
                      onChange={(e) => setLevel(i, { [key]: e.target.value })}
                    />
                  </div>
                ))}
              </div>
              {level.criteria.map((c, k) => (
                <div key={k} className="flex items-end gap-2">
                  <div className="flex flex-1 flex-col gap-1">
                    <Label size="xsmall">指标 / Metric</Label>
                    <Select
                      size="small"
                      value={c.metric}
                      onValueChange={(v) =>
                        setCriterion(i, k, { metric: v as MetricCode })
                      }
                    >
                      <Select.Trigger>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {METRIC_CODES.map((m) => (
                          <Select.Item key={m} value={m}>
                            {METRICS[m].zh} / {METRICS[m].en} ({METRICS[m].unit}
                            )
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </div>
                  {(["min", "max"] as const).map((bound) => (
                    <div key={bound} className="flex w-24 flex-col gap-1">
                      <Label size="xsmall" htmlFor={`level-${i}-${k}-${bound}`}>
                        {bound === "min" ? "最小 / Min" : "最大 / Max"}
                      </Label>
                      <Input
                        id={`level-${i}-${k}-${bound}`}
                        size="small"
                        type="number"
                        step="any"
                        value={c[bound]}
                        onChange={(e) =>
                          setCriterion(i, k, { [bound]: e.target.value })
                        }
                      />
                    </div>
                  ))}
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label="删除指标 / Remove criterion"
                    onClick={() =>
                      setLevel(i, {
                        criteria: level.criteria.filter((_, j) => j !== k),
                      })
                    }
                  >
                    <Trash />
                  </IconButton>
                </div>
              ))}
              <div className="flex gap-2">
                <Button
                  size="small"
                  variant="transparent"
                  onClick={() =>
                    setLevel(i, {
                      criteria: [...level.criteria, newCriterion()],
                    })
                  }
                >
                  + 指标 / Criterion
                </Button>
                {levels.length > 1 && (
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() =>
                      setLevels((ls) => ls.filter((_, j) => j !== i))
                    }
                  >
                    删除等级 / Remove level
                  </Button>
                )}
              </div>
            </fieldset>
          ))}
          <Button
            size="small"
            variant="secondary"
            onClick={() => setLevels((ls) => [...ls, newLevel(ls.length + 1)])}
          >
            + 等级 / Level
          </Button>
        </Drawer.Body>
        <Drawer.Footer className="flex items-center justify-between gap-4">
          {/* Beside the button pressed, so a refusal is never scrolled away. */}
          {create.isError ? (
            <Text
              size="small"
              role="alert"
              className="text-ui-fg-error"
              data-testid="standard-create-error"
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
              data-testid="standard-create-submit"
            >
              创建 / Create
            </Button>
          </div>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
