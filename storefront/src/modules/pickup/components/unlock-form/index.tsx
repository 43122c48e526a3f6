"use client"

import { useActionState, useState } from "react"
import { unlockParcel } from "@lib/data/pickup-staff-actions"
import { MAX_UNLOCK_REASON } from "../../lib/unlock"
import s from "../../console.module.css"

/**
 * The manager's unlock on a locked parcel: a required reason (kept in the
 * parcel's history) and one button. The typed reason survives a refusal.
 */
export default function UnlockForm({
  locale,
  parcelId,
  text,
}: {
  locale: string
  parcelId: string
  text: {
    title: string
    lead: string
    reasonLabel: string
    reasonHint: string
    submit: string
    pending: string
  }
}) {
  const [state, action, pending] = useActionState(unlockParcel, {
    error: null,
  })
  const [reason, setReason] = useState("")
  return (
    <form
      action={action}
      className={s.unlock}
      data-testid="pickup-unlock-form"
      aria-labelledby="pickup-unlock-title"
    >
      <h3 id="pickup-unlock-title">{text.title}</h3>
      <p>{text.lead}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="parcel_id" value={parcelId} />
      <label htmlFor="pickup-unlock-reason">{text.reasonLabel}</label>
      <textarea
        id="pickup-unlock-reason"
        name="reason"
        rows={2}
        required
        maxLength={MAX_UNLOCK_REASON}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        readOnly={pending}
        aria-describedby="pickup-unlock-hint pickup-unlock-error"
        aria-invalid={state.error ? true : undefined}
        data-testid="pickup-unlock-reason"
      />
      <p id="pickup-unlock-hint" className={s.hint}>
        {text.reasonHint}
      </p>
      <div id="pickup-unlock-error" role="alert">
        {state.error ? (
          <p
            className={s.alert}
            data-testid="pickup-unlock-error"
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
          disabled={pending}
          data-testid="pickup-unlock-submit"
        >
          {pending ? text.pending : text.submit}
        </button>
      </p>
    </form>
  )
}
