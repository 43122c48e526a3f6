import { formFieldOf, parseCount } from "./forms"
import type { CoopActionState } from "../../../types/co-op"

/**
 * The co-op product page's one save (pure, so it is tested without a
 * server): which parts of the form the farmer changed, and the answer
 * once the parts were sent one after the other.
 *
 * The form's fields: the details (`title`, `title_en`, `subtitle`,
 * `description`, `description_en`, `temperature_class`, `status`), each
 * size's `title_<variant id>` and `price_<variant id>`, each size's
 * `stock_<variant id>` and `brand_handle`. The page renders the values it
 * showed in a hidden `initial` field (JSON, name → value), only for the
 * fields the member may change.
 */

/** One part of the product sent by its own backend call. */
export type EditPart =
  | { part: "details" | "prices" | "brand" }
  | { part: "stock"; variantId: string }

export const DETAIL_FIELDS = [
  "title",
  "title_en",
  "subtitle",
  "description",
  "description_en",
  "temperature_class",
  "status",
] as const

/**
 * The order the parts are saved in: the sizes' prices and stock first,
 * then the brand, and the details (which carry the publish status) last,
 * so a product is not published when an earlier part was refused.
 */
const ORDER: EditPart["part"][] = ["prices", "stock", "brand", "details"]

/** A form value as compared: a browser sends a textarea's lines as CRLF. */
const comparable = (value: unknown) =>
  (value === null || value === undefined ? "" : String(value))
    .replace(/\r\n?/g, "\n")
    .trim()

/** The part a form field belongs to, or null for a field of no part. */
export function partOfField(name: string): EditPart | null {
  if ((DETAIL_FIELDS as readonly string[]).includes(name)) {
    return { part: "details" }
  }
  if (name === "brand_handle") return { part: "brand" }
  const stock = /^stock_(.+)$/.exec(name)
  if (stock) return { part: "stock", variantId: stock[1] }
  if (/^(title|price)_.+$/.test(name)) return { part: "prices" }
  return null
}

const keyOf = (p: EditPart) =>
  p.part === "stock" ? `stock:${p.variantId}` : p.part

/** Reads the hidden `initial` field; anything unreadable is no values. */
export function initialValues(raw: unknown): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(String(raw ?? ""))
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed).map(([k, v]) => [k, comparable(v)])
      )
    }
  } catch {
    // fall through
  }
  return {}
}

/**
 * The parts whose fields differ from what the page showed, in the order
 * they are saved (stock in the order of the sizes). A field the form did
 * not send (a member who may not change it) is left alone.
 */
export function changedParts(
  initial: Record<string, string>,
  form: Pick<FormData, "get" | "has">
): EditPart[] {
  const changed = new Map<string, EditPart>()
  for (const [name, was] of Object.entries(initial)) {
    if (!form.has(name) || comparable(form.get(name)) === comparable(was)) {
      continue
    }
    const part = partOfField(name)
    if (part && !changed.has(keyOf(part))) changed.set(keyOf(part), part)
  }
  const parts = [...changed.values()]
  return ORDER.flatMap((name) => parts.filter((p) => p.part === name))
}

/** A size's stock from the form, or a field error at its input. */
export function parseStockField(
  form: Pick<FormData, "get">,
  variantId: string
): { ok: true; value: number } | { ok: false; fields: Record<string, string> } {
  const count = parseCount(form.get(`stock_${variantId}`))
  return count === null
    ? { ok: false, fields: { [`stock_${variantId}`]: "stock" } }
    : { ok: true, value: count }
}

/** A refusal of a size's stock belongs at that size's stock input. */
export const stockFieldOf =
  (variantId: string) =>
  (field: string): string | null =>
    formFieldOf(field, { stocked_quantity: `stock_${variantId}` })

/** What the one save answers: a form state, and what was saved and not. */
export type ProductSaveState = CoopActionState & {
  /** The parts saved by this press, in order. */
  saved?: EditPart[]
  /** The parts this press did not save (the refused one first). */
  unsaved?: EditPart[]
  /** True when nothing differed from what the page showed. */
  unchanged?: boolean
}

/**
 * Sends the parts one after the other and stops at the first refusal:
 * the answer names the parts saved before it and the ones not saved (the
 * refused part and every later one), with the refusal's field errors as
 * `refused` words them.
 */
export async function saveInOrder(
  parts: EditPart[],
  send: (part: EditPart) => Promise<void>,
  refused: (part: EditPart, error: unknown) => Promise<CoopActionState>
): Promise<ProductSaveState> {
  const saved: EditPart[] = []
  for (const [i, part] of parts.entries()) {
    try {
      await send(part)
      saved.push(part)
    } catch (error) {
      const state = await refused(part, error)
      return { ...state, ok: false, saved, unsaved: parts.slice(i) }
    }
  }
  return { error: null, ok: true, saved, unsaved: [] }
}
