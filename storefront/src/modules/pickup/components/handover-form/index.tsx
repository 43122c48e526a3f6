"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { handoverWithCode } from "@lib/data/pickup-staff-actions"
import { normalizeCode, parsePickupQr } from "../../lib/code"
import s from "../../console.module.css"

/**
 * The 6-digit code, typed (full-width digits and spaces are cleaned as they
 * come) or scanned by a scanner gun (a QR payload typed into the field).
 * The answer comes back as a sentence: the attempts left, or the lock.
 */
export default function HandoverForm({
  locale,
  parcelId,
  locked,
  text,
}: {
  locale: string
  parcelId: string
  locked: boolean
  text: { codeLabel: string; codeHint: string; submit: string; pending: string }
}) {
  const [state, action, pending] = useActionState(handoverWithCode, {
    error: null,
  })
  const [value, setValue] = useState("")
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    // After a wrong code, start the field again for the next try.
    if (state.error) {
      setValue("")
      input.current?.focus()
    }
  }, [state])
  const onChange = (raw: string) => {
    // A scanner gun types the whole QR payload: keep that as it is.
    const trimmed = raw.trim()
    setValue(
      trimmed.startsWith("tpk1") || parsePickupQr(trimmed)
        ? trimmed
        : normalizeCode(raw).replace(/\D/g, "").slice(0, 6)
    )
  }
  return (
    <form action={action} data-testid="pickup-handover-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="parcel_id" value={parcelId} />
      <label htmlFor="pickup-code-input">{text.codeLabel}</label>
      <input
        ref={input}
        id="pickup-code-input"
        name="code"
        className={s.codeInput}
        inputMode="numeric"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        aria-describedby="pickup-code-hint pickup-code-error"
        aria-invalid={state.error ? true : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        // Read-only while the answer is on its way: it clears the field.
        readOnly={pending}
        disabled={locked}
        data-testid="pickup-code-input"
      />
      <p id="pickup-code-hint" className={s.hint}>
        {text.codeHint}
      </p>
      <div id="pickup-code-error" role="alert" aria-live="assertive">
        {state.error ? (
          <p
            className={s.alert}
            data-testid="pickup-handover-error"
            data-kind={state.detail}
          >
            {state.error}
          </p>
        ) : null}
      </div>
      <p>
        <button
          type="submit"
          className={s.big}
          disabled={pending || locked}
          data-testid="pickup-handover-submit"
        >
          {pending ? text.pending : text.submit}
        </button>
      </p>
    </form>
  )
}
