import type { ReactNode } from "react"
import { FieldError } from "../coop-form"
import formStyles from "../../form.module.css"

/**
 * A labelled form field with its hint and, inside a CoopForm, its error.
 * The input is the child; give it `id={id}` and, with a hint,
 * `aria-describedby={`${id}-hint`}`.
 */
export default function Field({
  id,
  name,
  label,
  hint,
  optional,
  children,
}: {
  id: string
  name: string
  label: string
  hint?: string
  optional?: string
  children: ReactNode
}) {
  return (
    <div className={formStyles.field}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="muted"> · {optional}</span> : null}
      </label>
      {children}
      {hint ? (
        <p className={`muted ${formStyles.hint}`} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError name={name} />
    </div>
  )
}
