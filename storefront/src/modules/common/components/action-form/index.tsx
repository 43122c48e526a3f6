"use client"

import {
  createContext,
  startTransition,
  useActionState,
  useContext,
  useEffect,
  useRef,
  type FormEvent,
  type ReactNode,
} from "react"
import type { ActionState } from "@lib/data/cart-actions"

type Ctx = {
  state: ActionState
  errors: Record<string, string>
  pending: boolean
  formId: string
}

const FormContext = createContext<Ctx | null>(null)

/** The form a FormField sits in: its action's answer and messages. */
export function useActionFormState(): Ctx | null {
  return useContext(FormContext)
}

/** The form's serialised fields, to tell whether anything changed. */
function snapshot(form: HTMLFormElement): string {
  return new URLSearchParams(
    [...new FormData(form)].map(([k, v]) => [k, String(v)])
  ).toString()
}

/**
 * A form bound to a server action that returns `{ error, fields, values }`:
 * shows the pending state, the form-level error beside the button, and
 * each field's error at its field (through FormField children). The fields
 * are server-rendered children.
 *
 * React resets a form after its `action` runs, which wiped what shoppers
 * typed when the action refused it; submitting through a transition keeps
 * every field (passwords too). The `action` prop still works without
 * JavaScript, where the values the action sends back refill the fields.
 *
 * `autoSave` submits by itself when a field is left (or a select changed)
 * and the form's own constraints hold and something changed, and once on
 * mount when `autoSave === "now"` (details prefilled but not yet saved).
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
  id,
  autoSave,
  aside,
  submitDescribedBy,
  noValidate,
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
  id?: string
  autoSave?: boolean | "now"
  /** Shown beside the button, e.g. why it is greyed out. */
  aside?: ReactNode
  /** The id of what explains the button (e.g. the `aside`'s). */
  submitDescribedBy?: string
  /**
   * Leave the checks to the action, whose translated messages show at each
   * field, instead of the browser's bubbles (autosave still waits for the
   * fields' own constraints).
   */
  noValidate?: boolean
}) {
  const [state, formAction, pending] = useActionState(action, { error: null })
  const form = useRef<HTMLFormElement>(null)
  const saved = useRef<string | null>(null)

  const submit = (data: FormData) => {
    if (form.current) {
      saved.current = snapshot(form.current)
    }
    startTransition(() => formAction(data))
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending && form.current && snapshot(form.current) === saved.current) {
      return
    }
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    submit(new FormData(event.currentTarget, submitter))
  }
  const autoSubmit = () => {
    const el = form.current
    if (!el || disabled || !el.checkValidity()) {
      return
    }
    if (snapshot(el) === saved.current) {
      return
    }
    submit(new FormData(el))
  }

  useEffect(() => {
    if (autoSave === "now") {
      autoSubmit()
    } else if (autoSave && form.current) {
      // What the page rendered is what is saved already.
      saved.current = snapshot(form.current)
    }
    // Once, on mount: later saves follow the shopper's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // After a refusal, take the shopper to the first field to fix.
  useEffect(() => {
    if (state.fields && Object.keys(state.fields).length) {
      const first = form.current?.querySelector<HTMLElement>(
        '[aria-invalid="true"]'
      )
      if (first && !form.current?.contains(document.activeElement)) {
        first.focus()
      }
    }
  }, [state])

  const formId = id ?? testId ?? "form"
  // Field errors show at their fields; beside the button, a pointer to them.
  const fieldCount = Object.keys(state.fields ?? {}).length
  const message = fieldCount
    ? (errors.fields ?? null)
    : state.error
      ? (errors[state.error] ?? state.error)
      : null
  return (
    <FormContext.Provider value={{ state, errors, pending, formId }}>
      <form
        ref={form}
        id={id}
        action={formAction}
        onSubmit={onSubmit}
        onBlur={autoSave ? autoSubmit : undefined}
        onChange={
          autoSave
            ? (event) => {
                if ((event.target as HTMLElement).tagName === "SELECT") {
                  autoSubmit()
                }
              }
            : undefined
        }
        data-testid={testId}
        aria-busy={pending}
        noValidate={noValidate}
      >
        {children}
        <div className="row form-foot">
          <button
            type="submit"
            disabled={pending || disabled}
            data-testid={submitTestId}
            className={autoSave ? "secondary" : undefined}
            aria-describedby={submitDescribedBy}
          >
            {pending ? pendingLabel : submitLabel}
          </button>
          <span role="status" aria-live="polite">
            {message ? (
              <span className="error" data-testid="form-error">
                {message}
              </span>
            ) : state.ok && okLabel && !pending ? (
              <span className="ok" data-testid="form-ok">
                {okLabel}
              </span>
            ) : null}
          </span>
          {aside}
        </div>
      </form>
    </FormContext.Provider>
  )
}
