"use client"

import { useActionState, useEffect, useState, useTransition } from "react"
import {
  phoneSignIn,
  sendPhoneCode,
  type PhoneAuthState,
} from "@lib/data/phone-auth-actions"

/**
 * 手机验证码登录: phone, 获取验证码 with a countdown, code. A phone's first
 * sign-in creates its account. What was typed stays after an error, and
 * each error shows at its field.
 */
export type PhoneSignInLabels = {
  phone: string
  phonePlaceholder: string
  code: string
  codePlaceholder: string
  send: string
  resend: string
  sending: string
  /** With `{seconds}`. */
  resendIn: string
  sent: string
  hint: string
  submit: string
  errors: Record<"phone" | "code" | "too_many" | "failed", string>
}

export default function PhoneSignIn({
  locale,
  labels,
}: {
  locale: string
  labels: PhoneSignInLabels
}) {
  const [phone, setPhone] = useState("")
  const [code, setCode] = useState("")
  const [sent, setSent] = useState<PhoneAuthState | null>(null)
  const [countdown, setCountdown] = useState(0)
  const [sending, startSending] = useTransition()
  const [state, formAction, pending] = useActionState(phoneSignIn, {
    error: null,
  })

  useEffect(() => {
    if (countdown <= 0) {
      return
    }
    const timer = setTimeout(() => setCountdown((c) => c - 1), 1000)
    return () => clearTimeout(timer)
  }, [countdown])

  const requestCode = () =>
    startSending(async () => {
      const result = await sendPhoneCode(phone)
      setSent(result)
      if (!result.error) {
        setCountdown(result.resend_in ?? 60)
      }
    })

  // The send's outcome until the form is submitted; then the sign-in's.
  const error = pending ? null : (state.error ?? null)
  const phoneError =
    error === "phone" || sent?.error === "phone" ? labels.errors.phone : null
  const codeError = error === "code" ? labels.errors.code : null
  const formError =
    error === "too_many" || sent?.error === "too_many"
      ? labels.errors.too_many
      : error === "failed" || sent?.error === "failed"
        ? labels.errors.failed
        : null

  return (
    <form action={formAction} data-testid="phone-login-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="phone-login-phone">{labels.phone}</label>
      <div className="input-with-button">
        <input
          id="phone-login-phone"
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          placeholder={labels.phonePlaceholder}
          value={phone}
          onChange={(e) => {
            setPhone(e.target.value)
            if (sent?.error) {
              setSent(null)
            }
          }}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? "phone-login-phone-error" : undefined}
          required
          data-testid="phone-login-phone"
        />
        <button
          type="button"
          className="secondary"
          onClick={requestCode}
          disabled={sending || countdown > 0 || !phone.trim()}
          data-testid="phone-login-send"
        >
          {countdown > 0
            ? labels.resendIn.replace("{seconds}", String(countdown))
            : sending
              ? labels.sending
              : sent && !sent.error
                ? labels.resend
                : labels.send}
        </button>
      </div>
      {phoneError ? (
        <p
          id="phone-login-phone-error"
          className="error"
          data-testid="phone-login-phone-error"
        >
          {phoneError}
        </p>
      ) : null}
      <p className="muted" role="status" aria-live="polite">
        {sent && !sent.error ? (
          <span data-testid="phone-login-sent">{labels.sent}</span>
        ) : (
          labels.hint
        )}
      </p>
      <label htmlFor="phone-login-code">{labels.code}</label>
      <input
        id="phone-login-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
        placeholder={labels.codePlaceholder}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        aria-invalid={codeError ? true : undefined}
        aria-describedby={codeError ? "phone-login-code-error" : undefined}
        required
        data-testid="phone-login-code"
      />
      {codeError ? (
        <p
          id="phone-login-code-error"
          className="error"
          data-testid="phone-login-code-error"
        >
          {codeError}
        </p>
      ) : null}
      <p className="row">
        <button
          type="submit"
          disabled={pending}
          data-testid="phone-login-submit"
        >
          {pending ? "…" : labels.submit}
        </button>
        <span role="status" aria-live="polite">
          {formError ? (
            <span className="error" data-testid="form-error">
              {formError}
            </span>
          ) : null}
        </span>
      </p>
    </form>
  )
}
