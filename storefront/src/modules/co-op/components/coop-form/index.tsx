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
import type { CoopActionState } from "../../../../types/co-op"
import formStyles from "../../form.module.css"

type Ctx = {
  state: CoopActionState
  errors: Record<string, string>
  pending: boolean
}

const FormContext = createContext<Ctx | null>(null)

const say = (errors: Record<string, string>, code: string) =>
  errors[code] ?? code

/**
 * A console form bound to a server action that returns `{ error, fields }`:
 * the fields are server-rendered children; `<FieldError name>` inside them
 * shows that field's message where it belongs, and the form-level message
 * sits beside the submit button. Codes are translated through `errors`; an
 * API sentence is shown as it is.
 */
export default function CoopForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  okLabel,
  errors = {},
  testId,
  submitTestId,
  submitClassName,
  disabled = false,
  className,
  resetOnOk = false,
}: {
  action: (
    prev: CoopActionState,
    formData: FormData
  ) => Promise<CoopActionState>
  children: ReactNode
  submitLabel: string
  pendingLabel: string
  okLabel?: string
  errors?: Record<string, string>
  testId?: string
  submitTestId?: string
  submitClassName?: string
  disabled?: boolean
  className?: string
  /** Empty the fields once the action succeeded (e.g. after an invitation). */
  resetOnOk?: boolean
}) {
  const [state, formAction, pending] = useActionState(action, { error: null })
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (state.ok && resetOnOk) {
      form.current?.reset()
    }
  }, [state, resetOnOk])
  // React resets a form after its `action` runs, which would wipe what was
  // typed when the API refuses it; submitting through the transition keeps
  // the fields (the `action` prop still works without JavaScript).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => formAction(data))
  }
  return (
    <FormContext.Provider value={{ state, errors, pending }}>
      <form
        ref={form}
        action={formAction}
        onSubmit={onSubmit}
        data-testid={testId}
        className={className}
        aria-busy={pending}
      >
        {children}
        <div className={formStyles.submit}>
          <button
            type="submit"
            disabled={pending || disabled}
            data-testid={submitTestId}
            className={submitClassName}
          >
            {pending ? pendingLabel : submitLabel}
          </button>
          <span role="status" aria-live="polite">
            {state.error ? (
              <span className="error" data-testid="form-error">
                {say(errors, state.error)}
              </span>
            ) : state.ok && okLabel ? (
              <span className="ok" data-testid="form-ok">
                {okLabel}
              </span>
            ) : null}
          </span>
        </div>
      </form>
    </FormContext.Provider>
  )
}

/**
 * Gives the fields inside it a form state, for a form that is not a
 * CoopForm (the product page's one save): `<FieldError>` then shows the
 * state's messages as inside a CoopForm.
 */
export function CoopFormState({
  state,
  errors,
  pending,
  children,
}: Ctx & { children: ReactNode }) {
  return (
    <FormContext.Provider value={{ state, errors, pending }}>
      {children}
    </FormContext.Provider>
  )
}

/** The message for one field of the enclosing CoopForm, if any. */
export function FieldError({ name }: { name: string }) {
  const ctx = useContext(FormContext)
  const code = ctx?.state.fields?.[name]
  if (!ctx || !code || ctx.pending) {
    return null
  }
  return (
    <p
      className={`error ${formStyles.fieldError}`}
      data-testid={`field-error-${name}`}
    >
      {say(ctx.errors, code)}
    </p>
  )
}

/**
 * A `<details>` of optional fields in the enclosing CoopForm that opens by
 * itself when the action refuses one of `names`, so the message is never
 * left folded away.
 */
export function FieldsDisclosure({
  names,
  summary,
  className,
  testId,
  children,
}: {
  names: string[]
  summary: string
  className?: string
  testId?: string
  children: ReactNode
}) {
  const ctx = useContext(FormContext)
  const details = useRef<HTMLDetailsElement>(null)
  const refused = names.some((name) => ctx?.state.fields?.[name])
  useEffect(() => {
    if (refused && details.current) {
      details.current.open = true
    }
  }, [refused, ctx?.state])
  return (
    <details ref={details} className={className} data-testid={testId}>
      <summary>{summary}</summary>
      {children}
    </details>
  )
}
