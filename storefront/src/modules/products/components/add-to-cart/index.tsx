"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState, type FormEvent } from "react"
import { CART_COUNT_EVENT } from "@lib/util/cart-form"
import { cheapestInStock } from "@lib/util/variants"

/** The shop's own add-to-cart endpoint (src/app/api/cart/line-items). */
const ADD_TO_CART = "/api/cart/line-items"

export type VariantChoice = {
  id: string
  label: string
  price: string
  /** The price as a number, to preselect the cheapest; null when unpriced. */
  amount: number | null
  inStock: boolean
}

type Labels = {
  grades: string
  quantity: string
  add: string
  adding: string
  added: string
  viewCart: string
  outOfStock: string
  /** Said when the cart refused the line (the backend's reason is not translated). */
  error: string
}

type Outcome = "idle" | "pending" | "added" | "refused"

/**
 * Grade radios (in the order given: by grade rank), the cheapest in stock
 * chosen, a quantity and the add button. The chosen grade's price and the
 * button sit in a buy bar that stays at the bottom of a phone's screen.
 *
 * The button posts to ADD_TO_CART with fetch and announces the cart's new
 * count to the header's badge; without JavaScript the form posts there and
 * the shopper lands in the cart. `data-ready` marks the form once it is
 * interactive.
 */
export default function AddToCart({
  variants,
  labels,
  cartHref,
}: {
  variants: VariantChoice[]
  labels: Labels
  cartHref: string
}) {
  const from = usePathname()
  const [outcome, setOutcome] = useState<Outcome>("idle")
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  const pending = outcome === "pending"

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) {
      return
    }
    setOutcome("pending")
    try {
      const response = await fetch(ADD_TO_CART, {
        method: "POST",
        body: new FormData(event.currentTarget),
        headers: { Accept: "application/json" },
      })
      const body = (await response.json().catch(() => ({}))) as {
        count?: number
      }
      if (!response.ok) {
        setOutcome("refused")
        return
      }
      setOutcome("added")
      window.dispatchEvent(
        new CustomEvent(CART_COUNT_EVENT, { detail: body.count })
      )
    } catch {
      setOutcome("refused")
    }
  }

  const preselected = cheapestInStock(variants)
  const [chosen, setChosen] = useState(preselected)
  const selected = variants.find((v) => v.id === chosen)
  return (
    <form
      action={ADD_TO_CART}
      method="post"
      onSubmit={submit}
      data-testid="add-to-cart-form"
      data-ready={ready || undefined}
    >
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="to" value={cartHref} />
      <fieldset>
        <legend>{labels.grades}</legend>
        {variants.map((v) => (
          <label key={v.id} className="option" data-testid="variant-option">
            <input
              type="radio"
              name="variant_id"
              value={v.id}
              defaultChecked={v.id === preselected}
              onChange={() => setChosen(v.id)}
              disabled={!v.inStock}
              required
              data-testid="variant-radio"
            />
            <span className="option-text">
              <span>{v.label}</span>
              <span className="price">{v.price}</span>
              {!v.inStock ? (
                <span className="muted">{labels.outOfStock}</span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="quantity">{labels.quantity}</label>
      <input
        id="quantity"
        name="quantity"
        type="number"
        min={1}
        max={99}
        defaultValue={1}
        inputMode="numeric"
        className="quantity"
      />
      <p role="status" aria-live="polite">
        {outcome === "refused" ? (
          <span className="error" data-testid="add-error">
            {labels.error}
          </span>
        ) : null}
        {outcome === "added" ? (
          <span className="ok" data-testid="added">
            {labels.added} · <a href={cartHref}>{labels.viewCart}</a>
          </span>
        ) : null}
      </p>
      <div className="buy-bar" data-testid="buy-bar">
        <p className="buy-bar-price">
          <span className="muted" data-testid="buy-bar-label">
            {selected?.label}
          </span>
          <strong className="price" data-testid="buy-bar-price">
            {selected?.price}
          </strong>
        </p>
        <button
          type="submit"
          disabled={pending || !preselected}
          data-testid="add-to-cart"
        >
          {pending ? labels.adding : labels.add}
        </button>
      </div>
    </form>
  )
}
