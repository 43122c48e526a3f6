"use client"

import { useState } from "react"
import { FieldError } from "../coop-form"
import formStyles from "../../form.module.css"

type Labels = {
  size: string
  sizeTitle: string
  sizePlaceholder: string
  sku: string
  skuHint: string
  price: string
  startStock: string
  addSize: string
  removeSize: string
}

const MAX_ROWS = 12

/**
 * The sizes of a new product: one row each (size, SKU, price, starting
 * stock) and a button for another row. Without JavaScript the first rows
 * still post; blank rows are ignored by the action.
 */
export default function VariantRows({
  labels,
  withStock,
  initialRows = 1,
}: {
  labels: Labels
  withStock: boolean
  initialRows?: number
}) {
  const [rows, setRows] = useState(() =>
    Array.from({ length: initialRows }, (_, i) => i)
  )
  const [next, setNext] = useState(initialRows)
  return (
    <div>
      {rows.map((key, i) => (
        <fieldset
          key={key}
          className={formStyles.variantRow}
          data-testid="coop-variant-row"
        >
          <legend>{labels.size.replace("{n}", String(i + 1))}</legend>
          <label htmlFor={`vr-title-${key}`}>{labels.sizeTitle}</label>
          <input
            id={`vr-title-${key}`}
            name="variant_title"
            placeholder={labels.sizePlaceholder}
            required={i === 0}
            data-testid="coop-variant-title"
          />
          <FieldError name={`variants.${i}.title`} />
          <div className={formStyles.grid2}>
            <div>
              <label htmlFor={`vr-price-${key}`}>{labels.price}</label>
              <input
                id={`vr-price-${key}`}
                name="variant_price"
                inputMode="decimal"
                required={i === 0}
                data-testid="coop-variant-price"
              />
              <FieldError name={`variants.${i}.price`} />
            </div>
            {withStock ? (
              <div>
                <label htmlFor={`vr-stock-${key}`}>{labels.startStock}</label>
                <input
                  id={`vr-stock-${key}`}
                  name="variant_stock"
                  inputMode="numeric"
                  data-testid="coop-variant-stock"
                />
                <FieldError name={`variants.${i}.stock`} />
              </div>
            ) : null}
          </div>
          <label htmlFor={`vr-sku-${key}`}>{labels.sku}</label>
          <input
            id={`vr-sku-${key}`}
            name="variant_sku"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={`vr-sku-${key}-hint`}
          />
          <p className={`muted ${formStyles.hint}`} id={`vr-sku-${key}-hint`}>
            {labels.skuHint}
          </p>
          <FieldError name={`variants.${i}.sku`} />
          {rows.length > 1 ? (
            <button
              type="button"
              className="secondary"
              onClick={() => setRows(rows.filter((r) => r !== key))}
            >
              {labels.removeSize}
            </button>
          ) : null}
        </fieldset>
      ))}
      <FieldError name="variants" />
      {rows.length < MAX_ROWS ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setRows([...rows, next])
            setNext(next + 1)
          }}
          data-testid="coop-add-variant"
        >
          {labels.addSize}
        </button>
      ) : null}
    </div>
  )
}
