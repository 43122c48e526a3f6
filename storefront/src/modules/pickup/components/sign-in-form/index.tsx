"use client"

import { useActionState } from "react"
import { signInPickup } from "@lib/data/pickup-staff-actions"
import s from "../../console.module.css"

/** The staff login: email and password, with the answer in words. */
export default function SignInForm({
  locale,
  text,
}: {
  locale: string
  text: {
    email: string
    password: string
    submit: string
    pending: string
  }
}) {
  const [state, action, pending] = useActionState(signInPickup, { error: null })
  return (
    <form action={action} data-testid="pickup-sign-in-form">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="pickup-email">{text.email}</label>
      <input
        id="pickup-email"
        name="email"
        type="email"
        autoComplete="username"
        required
        data-testid="pickup-email"
      />
      <label htmlFor="pickup-password">{text.password}</label>
      <input
        id="pickup-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        data-testid="pickup-password"
      />
      <div role="alert" aria-live="assertive">
        {state.error ? (
          <p
            className={s.alert}
            data-testid="pickup-sign-in-error"
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
          data-testid="pickup-sign-in-submit"
        >
          {pending ? text.pending : text.submit}
        </button>
      </p>
    </form>
  )
}
