"use client"

import { useState } from "react"
import { criterionRule } from "@modules/co-op/lib/mappers"
import { OUT_OF_GRADE, unitSuffix } from "@lib/util/metrics"
import type { ApiGradeStandard, CoopActionState } from "../../../../types/co-op"
import CoopForm, { FieldError } from "../coop-form"
import formStyles from "../../form.module.css"

export type GradeLabels = {
  standard: string
  chooseStandard: string
  level: string
  chooseLevel: string
  measurements: string
  outOfGrade: string
  outOfGradeHint: string
  declareGrade: string
  declaring: string
  gradeSaved: string
}

/**
 * Declaring one variant's grade: pick a standard and a level, then enter a
 * measured value for each of that level's criteria (and the out-of-grade
 * share). The API checks the values; each refusal shows at its field.
 */
export default function GradeForm({
  action,
  standards,
  current,
  productId,
  variantId,
  locale,
  labels,
  errors,
}: {
  action: (
    prev: CoopActionState,
    formData: FormData
  ) => Promise<CoopActionState>
  standards: ApiGradeStandard[]
  current: {
    standard?: string
    level?: string
    measured?: Record<string, number>
  }
  productId: string
  variantId: string
  locale: string
  labels: GradeLabels
  errors: Record<string, string>
}) {
  const [standardCode, setStandardCode] = useState(current.standard ?? "")
  const standard = standards.find((s) => s.code === standardCode)
  const [levelCode, setLevelCode] = useState(
    standard?.levels.some((l) => l.code === current.level) ? current.level! : ""
  )
  const level = standard?.levels.find((l) => l.code === levelCode)
  const en = locale === "en"
  const id = (name: string) => `grade-${variantId}-${name}`
  return (
    <CoopForm
      action={action}
      submitLabel={labels.declareGrade}
      pendingLabel={labels.declaring}
      okLabel={labels.gradeSaved}
      errors={errors}
      testId="coop-grade-form"
      submitTestId="coop-grade-submit"
      disabled={!level}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <div className={formStyles.grid2}>
        <div className={formStyles.field}>
          <label htmlFor={id("standard")}>{labels.standard}</label>
          <select
            id={id("standard")}
            name="standard_code"
            value={standardCode}
            onChange={(e) => {
              setStandardCode(e.target.value)
              setLevelCode("")
            }}
            data-testid="coop-grade-standard"
          >
            <option value="">{labels.chooseStandard}</option>
            {standards.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {en ? s.title_en : s.title_zh}
              </option>
            ))}
          </select>
          <FieldError name="standard_code" />
        </div>
        <div className={formStyles.field}>
          <label htmlFor={id("level")}>{labels.level}</label>
          <select
            id={id("level")}
            name="level_code"
            value={levelCode}
            onChange={(e) => setLevelCode(e.target.value)}
            disabled={!standard}
            data-testid="coop-grade-level"
          >
            <option value="">{labels.chooseLevel}</option>
            {standard?.levels.map((l) => (
              <option key={l.code} value={l.code}>
                {en ? l.name_en : l.name_zh}
              </option>
            ))}
          </select>
          <FieldError name="level_code" />
        </div>
      </div>
      {level ? (
        <fieldset key={`${standardCode}:${levelCode}`}>
          <legend>{labels.measurements}</legend>
          <p className="muted">{en ? level.summary_en : level.summary_zh}</p>
          <div className={formStyles.grid2}>
            {level.criteria.map((c) => (
              <div key={c.metric} className={formStyles.field}>
                <label htmlFor={id(c.metric)}>
                  {(en ? c.name_en : c.name_zh) ?? c.metric}
                  {c.unit && c.unit !== "ratio"
                    ? ` (${unitSuffix(c.unit).trim()})`
                    : ""}
                </label>
                <input
                  id={id(c.metric)}
                  name={`m_${c.metric}`}
                  inputMode="decimal"
                  defaultValue={current.measured?.[c.metric]?.toString() ?? ""}
                  aria-describedby={`${id(c.metric)}-hint`}
                  data-testid={`coop-measure-${c.metric}`}
                />
                <input type="hidden" name={`u_${c.metric}`} value={c.unit} />
                <p
                  className={`muted ${formStyles.hint}`}
                  id={`${id(c.metric)}-hint`}
                >
                  {criterionRule(c)}
                </p>
                <FieldError name={c.metric} />
              </div>
            ))}
            <div className={formStyles.field}>
              <label htmlFor={id(OUT_OF_GRADE)}>{labels.outOfGrade} (%)</label>
              <input
                id={id(OUT_OF_GRADE)}
                name={`m_${OUT_OF_GRADE}`}
                inputMode="decimal"
                defaultValue={
                  current.measured?.[OUT_OF_GRADE]?.toString() ?? ""
                }
                aria-describedby={`${id(OUT_OF_GRADE)}-hint`}
                data-testid={`coop-measure-${OUT_OF_GRADE}`}
              />
              <p
                className={`muted ${formStyles.hint}`}
                id={`${id(OUT_OF_GRADE)}-hint`}
              >
                {labels.outOfGradeHint.replace(
                  "{tolerance}",
                  String(level.tolerance_pct)
                )}
              </p>
              <FieldError name={OUT_OF_GRADE} />
            </div>
          </div>
          <FieldError name="measurements" />
        </fieldset>
      ) : null}
    </CoopForm>
  )
}
