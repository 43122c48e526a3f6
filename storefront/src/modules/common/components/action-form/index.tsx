"use client"

import { useActionState, type ReactNode } from "react"
import type { ActionState } from "@lib/data/cart-actions"

/**
 * A form bound to a server action that returns `{ error }`: shows the
 * pending state and the error (mapped to a translated sentence when the
 * action returns a field code). The fields are server-rendered children.
 */
export default function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  okLabel,
  errors = {},
  testId,
  submitTestId,
  disabled = false,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>
  children: ReactNode
  submitLabel: string
  pendingLabel: string
  okLabel?: string
  errors?: Record<string, string>
  testId?: string
  submitTestId?: string
  disabled?: boolean
}) {
  const [state, formAction, pending] = useActionState(action, { error: null })
  return (
    <form action={formAction} data-testid={testId}>
      {children}
      <p className="row">
        <button
          type="submit"
          disabled={pending || disabled}
          data-testid={submitTestId}
        >
          {pending ? pendingLabel : submitLabel}
        </button>
        <span role="status" aria-live="polite">
          {state.error ? (
            <span className="error" data-testid="form-error">
              {errors[state.error] ?? state.error}
            </span>
          ) : state.ok && okLabel ? (
            <span className="ok" data-testid="form-ok">
              {okLabel}
            </span>
          ) : null}
        </span>
      </p>
    </form>
  )
}
