"use client"

import { useRef, useState, useTransition } from "react"
import { updateLineItem } from "@lib/data/cart-actions"

type Labels = {
  quantityOf: string
  decrease: string
  increase: string
  update: string
  remove: string
  removeItem: string
  confirmRemove: string
  confirmYes: string
  confirmNo: string
}

const MAX = 99

/**
 * − quantity + for one cart line. A step or a typed quantity posts to the
 * server action; anything that would take the line to 0 (− at 1, 移除, or a
 * typed 0) asks first, in place, and removes only on 移除. Without
 * JavaScript the buttons still submit the form (and remove without asking).
 */
export default function QuantityStepper({
  lineId,
  quantity,
  labels,
}: {
  lineId: string
  quantity: number
  labels: Labels
}) {
  const form = useRef<HTMLFormElement>(null)
  const [value, setValue] = useState(String(quantity))
  const [confirming, setConfirming] = useState(false)
  const [pending, startTransition] = useTransition()

  const send = (next: number) => {
    const data = new FormData()
    data.set("line_id", lineId)
    data.set("quantity", String(next))
    setValue(String(next))
    startTransition(() => updateLineItem(data))
  }

  const ask = (next: number) => {
    if (next <= 0) {
      setConfirming(true)
      return
    }
    send(Math.min(MAX, next))
  }

  return (
    <form
      ref={form}
      action={updateLineItem}
      className="row cart-line-form"
      onSubmit={(event) => {
        event.preventDefault()
        const submitter = (event.nativeEvent as SubmitEvent)
          .submitter as HTMLButtonElement | null
        const typed = Number(
          submitter?.name === "quantity" ? submitter.value : value
        )
        ask(Number.isFinite(typed) ? Math.floor(typed) : quantity)
      }}
      data-testid="cart-line-form"
      aria-busy={pending}
    >
      <input type="hidden" name="line_id" value={lineId} />
      <div className="stepper">
        <button
          type="submit"
          name="quantity"
          value={quantity - 1}
          className="secondary step"
          aria-label={labels.decrease}
          disabled={pending || confirming}
          data-testid="cart-decrease"
        >
          −
        </button>
        <label htmlFor={`qty-${lineId}`} className="sr-only">
          {labels.quantityOf}
        </label>
        <input
          id={`qty-${lineId}`}
          name="quantity"
          type="number"
          min={0}
          max={MAX}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          inputMode="numeric"
          className="quantity"
          data-testid="cart-quantity"
        />
        <button
          type="submit"
          name="quantity"
          value={Math.min(MAX, quantity + 1)}
          className="secondary step"
          aria-label={labels.increase}
          disabled={pending || confirming || quantity >= MAX}
          data-testid="cart-increase"
        >
          +
        </button>
      </div>
      {Number(value) !== quantity && !confirming ? (
        <button
          type="submit"
          className="secondary"
          disabled={pending}
          data-testid="cart-update"
        >
          {labels.update}
        </button>
      ) : null}
      <button
        type="submit"
        name="quantity"
        value="0"
        className="link-button"
        aria-label={labels.removeItem}
        disabled={pending || confirming}
        data-testid="cart-remove"
      >
        {labels.remove}
      </button>
      {confirming ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-label={labels.confirmRemove}
          data-testid="cart-confirm-remove"
        >
          <p>{labels.confirmRemove}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false)
              send(0)
            }}
            autoFocus
            data-testid="cart-confirm-yes"
          >
            {labels.confirmYes}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConfirming(false)
              setValue(String(quantity))
            }}
            data-testid="cart-confirm-no"
          >
            {labels.confirmNo}
          </button>
        </div>
      ) : null}
    </form>
  )
}
