"use client"

import { useRouter } from "next/navigation"
import {
  startTransition,
  useState,
  type FormEvent,
  type ReactNode,
} from "react"
import type {
  EditPart,
  ProductSaveState,
} from "@modules/co-op/lib/product-edit"
import { CoopFormState } from "../coop-form"
import formStyles from "../../form.module.css"

/** The shop's own endpoint for the one save (src/app/api/co-op/product-edit). */
const SAVE = "/api/co-op/product-edit"

export type ProductSaveLabels = {
  save: string
  saving: string
  saved: string
  unchanged: string
  /** "Saved: {parts}." */
  savedParts: string
  /** "Not saved: {parts}." */
  unsavedParts: string
  nothingSaved: string
  failed: string
  /** Between the parts named in a list ("、", ", "). */
  separator: string
  /** The parts' names; `stock` names one size's stock: "Stock ({size})". */
  parts: { details: string; prices: string; brand: string; stock: string }
}

/**
 * The product page's one form: details, prices, stock and brand, saved by
 * one button that sticks to the bottom of the screen while the form is in
 * view. It posts to the shop's route handler with fetch (no server
 * action), shows each refusal at its field and, when a later part was
 * refused after earlier ones were saved, says which were saved and which
 * not; what was typed stays in the fields. Once anything was saved the
 * page is refreshed, so the next save compares with the saved values.
 */
export default function ProductSaveForm({
  children,
  labels,
  errors,
  sizes,
}: {
  children: ReactNode
  labels: ProductSaveLabels
  errors: Record<string, string>
  /** Variant id → size title, to name a size's stock in the answer. */
  sizes: Record<string, string>
}) {
  const router = useRouter()
  const [state, setState] = useState<ProductSaveState>({ error: null })
  const [pending, setPending] = useState(false)
  // How many answers came back: lets a test wait for this press's answer.
  const [answers, setAnswers] = useState(0)
  const say = (code: string) => errors[code] ?? code
  const name = (p: EditPart) =>
    p.part === "stock"
      ? labels.parts.stock.replace("{size}", sizes[p.variantId] ?? "")
      : labels.parts[p.part]
  const list = (parts: EditPart[] = []) =>
    parts.map(name).join(labels.separator)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setState({ error: null })
    setPending(true)
    let answer: ProductSaveState
    try {
      const response = await fetch(SAVE, {
        method: "POST",
        body: data,
        headers: { accept: "application/json" },
      })
      answer = (await response.json()) as ProductSaveState
    } catch {
      answer = { error: labels.failed }
    }
    setState(answer)
    setPending(false)
    setAnswers((n) => n + 1)
    if (answer.saved?.length) {
      startTransition(() => router.refresh())
    }
  }

  const partial = Boolean(state.error && state.saved?.length)
  return (
    <CoopFormState state={state} errors={errors} pending={pending}>
      <form
        action={SAVE}
        method="post"
        onSubmit={onSubmit}
        aria-busy={pending}
        data-testid="coop-product-form"
        data-answers={answers}
      >
        {children}
        <div className={formStyles.saveBar}>
          <button
            type="submit"
            disabled={pending}
            data-testid="coop-product-save"
          >
            {pending ? labels.saving : labels.save}
          </button>
          <span role="status" aria-live="polite">
            {state.error ? (
              <span data-testid="form-error">
                {partial ? (
                  <span className="ok" data-testid="coop-product-saved-parts">
                    {labels.savedParts.replace(
                      "{parts}",
                      list(state.saved)
                    )}{" "}
                  </span>
                ) : null}
                <span className="error">
                  {state.unsaved?.length ? (
                    <span data-testid="coop-product-unsaved-parts">
                      {partial
                        ? labels.unsavedParts.replace(
                            "{parts}",
                            list(state.unsaved)
                          )
                        : labels.nothingSaved}{" "}
                    </span>
                  ) : null}
                  {say(state.error)}
                </span>
              </span>
            ) : state.ok ? (
              <span
                className={state.unchanged ? "muted" : "ok"}
                data-testid="form-ok"
              >
                {state.unchanged ? labels.unchanged : labels.saved}
              </span>
            ) : null}
          </span>
        </div>
      </form>
    </CoopFormState>
  )
}
