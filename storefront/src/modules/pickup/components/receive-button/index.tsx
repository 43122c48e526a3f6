"use client"

import { useActionState } from "react"
import { receiveParcel } from "@lib/data/pickup-staff-actions"
import s from "../../console.module.css"

/** "签收入库": books the parcel in; the parcel page then shows its compartment. */
export default function ReceiveButton({
  locale,
  parcelId,
  label,
  pendingLabel,
}: {
  locale: string
  parcelId: string
  label: string
  pendingLabel: string
}) {
  const [state, action, pending] = useActionState(receiveParcel, {
    error: null,
  })
  return (
    <form action={action} data-testid="pickup-receive-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="parcel_id" value={parcelId} />
      <button
        type="submit"
        className={s.big}
        disabled={pending}
        data-testid="pickup-receive"
      >
        {pending ? pendingLabel : label}
      </button>
      <div role="alert">
        {state.error ? (
          <p
            className={s.alert}
            data-testid="pickup-receive-error"
            data-kind={state.detail}
          >
            {state.error}
          </p>
        ) : null}
      </div>
    </form>
  )
}
