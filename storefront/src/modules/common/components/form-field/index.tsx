"use client"

import type { InputHTMLAttributes, ReactNode } from "react"
import { useActionFormState } from "../action-form"

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "id" | "defaultValue" | "children"
>

/**
 * A labelled field of an ActionForm that keeps what was typed and shows its
 * own error under it: `aria-invalid` and `aria-describedby` tie the message
 * to the field for screen readers. With `options` it is a select.
 */
export default function FormField({
  name,
  label,
  defaultValue = "",
  hint,
  testId,
  options,
  ...input
}: InputProps & {
  name: string
  label: ReactNode
  defaultValue?: string
  hint?: ReactNode
  testId?: string
  options?: { value: string; label: string }[]
}) {
  const ctx = useActionFormState()
  const id = `${ctx?.formId ?? "form"}-${name}`
  const code = ctx && !ctx.pending ? ctx.state.fields?.[name] : undefined
  const error = code ? (ctx?.errors[code] ?? code) : null
  // What was submitted, when the action sent it back (never a password).
  const value = ctx?.state.values?.[name] ?? defaultValue
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
      .filter(Boolean)
      .join(" ") || undefined
  const common = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "data-testid": testId,
  }
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select {...common} defaultValue={value} key={value}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...input} {...common} defaultValue={value} />
      )}
      {hint ? (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p
          className="error field-error"
          id={`${id}-error`}
          data-testid={`field-error-${name}`}
        >
          {error}
        </p>
      ) : null}
    </div>
  )
}
