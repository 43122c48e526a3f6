"use client"

import { useActionState } from "react"
import { addToCart, type ActionState } from "@lib/data/cart-actions"

export type VariantChoice = {
  id: string
  label: string
  price: string
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

/** Grade radios, quantity and the add button: the product page's only client JS. */
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
  const firstInStock = variants.find((v) => v.inStock)?.id
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
              defaultChecked={v.id === firstInStock}
              disabled={!v.inStock}
              required
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
      <p>
        <button
          type="submit"
          disabled={pending || !firstInStock}
          data-testid="add-to-cart"
        >
          {pending ? labels.adding : labels.add}
        </button>
      </p>
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
    </form>
  )
}
