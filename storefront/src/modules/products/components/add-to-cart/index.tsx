"use client"

import { useActionState, useState } from "react"
import { addToCart, type ActionState } from "@lib/data/cart-actions"
import { cheapestInStock } from "@lib/util/variants"

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

/**
 * Grade radios (in the order given: by grade rank), the cheapest in stock
 * chosen, a quantity and the add button. The chosen grade's price and the
 * button sit in a buy bar that stays at the bottom of a phone's screen.
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
  const [state, action, pending] = useActionState<ActionState, FormData>(
    addToCart,
    {
      error: null,
    }
  )
  const preselected = cheapestInStock(variants)
  const [chosen, setChosen] = useState(preselected)
  const selected = variants.find((v) => v.id === chosen)
  return (
    <form action={action} data-testid="add-to-cart-form">
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
        {state.error ? (
          <span className="error" data-testid="add-error">
            {labels.error}
          </span>
        ) : null}
        {state.ok ? (
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
