/**
 * Form parsing for the co-op console: FormData in, an API body or field
 * error codes out. Pure (no I/O) so it is unit-tested; the `"use server"`
 * actions call these, then the API, which has the last word.
 *
 * Error codes are keys of the `coopErrors` messages. The API's refusals
 * name their field, rule and values (docs/api.md "Errors"); the `*FieldOf`
 * maps here put each at the form field it is about, and
 * `lib/util/refusals.ts` words it.
 */

import type { FieldRefusal } from "@lib/util/medusa-error"
import { toHalfWidth } from "@lib/util/half-width"
import { OUT_OF_GRADE } from "@lib/util/metrics"
import { isChongqingCounty } from "@lib/util/regions"

export type FieldErrors = Record<string, string>

export type Parsed<T> =
  { ok: true; value: T } | { ok: false; fields: FieldErrors }

const str = (formData: FormData, name: string) =>
  String(formData.get(name) ?? "").trim()

/**
 * Half-width, with the ideographic full stop 。 (what a Chinese IME types
 * for ".") read as a dot: for decimals and for the codes that may hold a
 * dot (SKUs, certificate and tracking numbers).
 */
const halfWidthDots = (value: string) => toHalfWidth(value).replace(/。/g, ".")

/**
 * A decimal as people type it: "39.9", "３９．９", "¥1,299.00", " 12 ".
 * Commas are thousands separators (as in zh-CN). Null when not a number.
 */
export function parseDecimal(raw: unknown): number | null {
  const clean = halfWidthDots(String(raw ?? ""))
    .replace(/[¥￥,\s]/g, "")
    .replace(/^CN¥/i, "")
  if (!/^-?\d+(\.\d+)?$/.test(clean)) {
    return null
  }
  return Number(clean)
}

/** A whole number ≥ 0, or null. */
export function parseCount(raw: unknown): number | null {
  const value = parseDecimal(raw)
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null
}

/** A price in yuan: positive, at most 2 decimals. */
export function parsePrice(raw: unknown): number | null {
  const value = parseDecimal(raw)
  if (value === null || value <= 0 || Math.round(value * 100) / 100 !== value) {
    return null
  }
  return value
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

/**
 * The form field an API field (a dot path such as `contact.phone` or
 * `prices.0.amount`) belongs to, by `apiFields`: the field itself, or its
 * nearest parent listed (`address.address_1` → `address`). Null when the
 * form has no such field.
 */
export function formFieldOf(
  field: string,
  apiFields: Record<string, string>
): string | null {
  const parts = field.split(".")
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join(".")
    if (name in apiFields) {
      return apiFields[name]
    }
  }
  return null
}

export type SignUp = {
  email: string
  password: string
  body: {
    name: string
    /** Left out, the backend makes one in pinyin from the name. */
    handle?: string
    kind: string
    credit_code: string
    region_code: string
    contact: { name: string; phone: string }
    address?: { address_1: string }
    member: { email: string; name: string }
  }
}

/** API fields → the sign-up form's fields. */
export const SIGN_UP_API_FIELDS: Record<string, string> = {
  name: "name",
  handle: "handle",
  kind: "kind",
  credit_code: "credit_code",
  region_code: "region_code",
  "contact.name": "contact_name",
  "contact.phone": "contact_phone",
  address: "address_1",
  "member.email": "email",
  "member.name": "member_name",
  email: "email",
  password: "password",
}

export function parseSignUp(formData: FormData): Parsed<SignUp> {
  const fields: FieldErrors = {}
  const email = str(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const name = str(formData, "name")
  const handle = toHalfWidth(str(formData, "handle")).toLowerCase()
  const kind = str(formData, "kind") || "cooperative"
  const creditCode = toHalfWidth(str(formData, "credit_code"))
    .replace(/\s/g, "")
    .toUpperCase()
  const regionCode = toHalfWidth(str(formData, "region_code"))
  const contactName = str(formData, "contact_name")
  const contactPhone = toHalfWidth(str(formData, "contact_phone"))
  const memberName = str(formData, "member_name") || contactName
  const address = str(formData, "address_1")

  if (name.length < 2) fields.name = "required"
  if (
    handle &&
    (handle.length < 3 || handle.length > 60 || !HANDLE.test(handle))
  )
    fields.handle = "handle"
  if (!["cooperative", "family_farm", "enterprise"].includes(kind))
    fields.kind = "required"
  if (creditCode.length !== 18) fields.credit_code = "creditCode"
  if (!isChongqingCounty(regionCode)) fields.region_code = "regionCode"
  if (!contactName) fields.contact_name = "required"
  if (!/^[+\d][\d\s-]{5,}$/.test(contactPhone)) fields.contact_phone = "phone"
  if (!EMAIL.test(email)) fields.email = "email"
  if (password.length < 8) fields.password = "password"
  if (Object.keys(fields).length) {
    return { ok: false, fields }
  }
  return {
    ok: true,
    value: {
      email,
      password,
      body: {
        name,
        ...(handle ? { handle } : {}),
        kind,
        credit_code: creditCode,
        region_code: regionCode,
        contact: { name: contactName, phone: contactPhone },
        ...(address ? { address: { address_1: address } } : {}),
        member: { email, name: memberName },
      },
    },
  }
}

export function parseLogin(
  formData: FormData
): Parsed<{ email: string; password: string }> {
  const email = str(formData, "email").toLowerCase()
  const password = String(formData.get("password") ?? "")
  const fields: FieldErrors = {}
  if (!EMAIL.test(email)) fields.email = "email"
  if (!password) fields.password = "required"
  return Object.keys(fields).length
    ? { ok: false, fields }
    : { ok: true, value: { email, password } }
}

export const TEMPERATURE_CLASSES = ["ambient", "chilled", "frozen"] as const

export type ProductCreateBody = {
  title: string
  subtitle?: string
  description?: string
  status: "draft" | "published"
  metadata: Record<string, string>
  options: { title: string; values: string[] }[]
  variants: {
    title: string
    sku: string
    options: Record<string, string>
    manage_inventory: true
    prices: { amount: number; currency_code: "cny" }[]
  }[]
  additional_data?: { stock: Record<string, number> }
}

/** The product's words (zh and en) and storage class, as the forms send them. */
function productText(formData: FormData, fields: FieldErrors) {
  const title = str(formData, "title")
  const temperature = str(formData, "temperature_class") || "ambient"
  if (!title) fields.title = "required"
  if (!(TEMPERATURE_CLASSES as readonly string[]).includes(temperature))
    fields.temperature_class = "required"
  const metadata: Record<string, string> = { temperature_class: temperature }
  const titleEn = str(formData, "title_en")
  const descriptionEn = str(formData, "description_en")
  if (titleEn) metadata.title_en = titleEn
  if (descriptionEn) metadata.description_en = descriptionEn
  return {
    title,
    subtitle: str(formData, "subtitle"),
    description: str(formData, "description"),
    metadata,
  }
}

/**
 * The create form: words, storage class, and one row per size (title, SKU,
 * price, starting stock). Blank rows are skipped. A co-op under review may
 * save drafts only and has no stock location yet, so its stock is dropped.
 * SKUs left blank get `skuPrefix-<n>` (stock is keyed by SKU).
 */
export function parseProductCreate(
  formData: FormData,
  options: { pending: boolean; skuPrefix: string }
): Parsed<ProductCreateBody> {
  const fields: FieldErrors = {}
  const text = productText(formData, fields)
  const optionTitle = str(formData, "option_title") || "规格 / Size"
  const status =
    !options.pending && str(formData, "status") === "published"
      ? "published"
      : "draft"
  const titles = formData.getAll("variant_title").map((v) => String(v).trim())
  const skus = formData.getAll("variant_sku").map((v) => String(v).trim())
  const prices = formData.getAll("variant_price").map((v) => String(v).trim())
  const stocks = formData.getAll("variant_stock").map((v) => String(v).trim())
  const variants: ProductCreateBody["variants"] = []
  const stock: Record<string, number> = {}
  const seenTitles = new Set<string>()
  const seenSkus = new Set<string>()
  titles.forEach((title, i) => {
    const sku = halfWidthDots(skus[i] ?? "").toUpperCase()
    const priceRaw = prices[i] ?? ""
    const stockRaw = stocks[i] ?? ""
    if (!title && !sku && !priceRaw && !stockRaw) {
      return
    }
    const row = `variants.${i}`
    if (!title) fields[`${row}.title`] = "required"
    else if (seenTitles.has(title)) fields[`${row}.title`] = "duplicate"
    seenTitles.add(title)
    const price = parsePrice(priceRaw)
    if (price === null) fields[`${row}.price`] = "price"
    const finalSku = sku || `${options.skuPrefix}-${variants.length + 1}`
    if (seenSkus.has(finalSku)) fields[`${row}.sku`] = "duplicate"
    seenSkus.add(finalSku)
    if (stockRaw && !options.pending) {
      const count = parseCount(stockRaw)
      if (count === null) fields[`${row}.stock`] = "stock"
      else stock[finalSku] = count
    }
    variants.push({
      title,
      sku: finalSku,
      options: { [optionTitle]: title },
      manage_inventory: true,
      prices: [{ amount: price ?? 0, currency_code: "cny" }],
    })
  })
  if (!variants.length) fields.variants = "variants"
  if (Object.keys(fields).length) {
    return { ok: false, fields }
  }
  return {
    ok: true,
    value: {
      title: text.title,
      ...(text.subtitle ? { subtitle: text.subtitle } : {}),
      ...(text.description ? { description: text.description } : {}),
      status,
      metadata: text.metadata,
      options: [{ title: optionTitle, values: variants.map((v) => v.title) }],
      variants,
      ...(Object.keys(stock).length ? { additional_data: { stock } } : {}),
    },
  }
}

export type ProductDetailsUpdate = {
  title: string
  subtitle: string | null
  description: string | null
  status?: "draft" | "published"
  metadata: Record<string, unknown>
}

/**
 * The details form, merged over the product's current metadata (Medusa
 * replaces metadata as a whole, and other keys such as the origin region
 * must survive). English fields left blank are removed.
 */
export function parseProductDetails(
  formData: FormData,
  currentMetadata: Record<string, unknown> | null | undefined
): Parsed<ProductDetailsUpdate> {
  const fields: FieldErrors = {}
  const text = productText(formData, fields)
  if (Object.keys(fields).length) {
    return { ok: false, fields }
  }
  const metadata: Record<string, unknown> = { ...(currentMetadata ?? {}) }
  delete metadata.title_en
  delete metadata.description_en
  Object.assign(metadata, text.metadata)
  const status = str(formData, "status")
  return {
    ok: true,
    value: {
      title: text.title,
      subtitle: text.subtitle || null,
      description: text.description || null,
      ...(status === "draft" || status === "published" ? { status } : {}),
      metadata,
    },
  }
}

/**
 * The prices form: `title_<variant id>` and `price_<variant id>` for every
 * variant. The API replaces a product's variants with the list it is sent,
 * so every variant id goes back, changed or not.
 */
export function parseVariantPrices(
  formData: FormData,
  variantIds: string[]
): Parsed<
  {
    id: string
    title?: string
    prices: { amount: number; currency_code: "cny" }[]
  }[]
> {
  const fields: FieldErrors = {}
  const variants = variantIds.map((id) => {
    const title = str(formData, `title_${id}`)
    const price = parsePrice(formData.get(`price_${id}`))
    if (price === null) fields[`price_${id}`] = "price"
    if (formData.has(`title_${id}`) && !title)
      fields[`title_${id}`] = "required"
    return {
      id,
      ...(title ? { title } : {}),
      prices: [{ amount: price ?? 0, currency_code: "cny" as const }],
    }
  })
  return Object.keys(fields).length
    ? { ok: false, fields }
    : { ok: true, value: variants }
}

export type VariantCreateBody = {
  title: string
  sku: string
  options?: Record<string, string>
  prices: { amount: number; currency_code: "cny" }[]
  stocked_quantity?: number
}

/**
 * The "add a size" form: its title, price, optional starting stock and
 * SKU (a blank SKU gets `skuPrefix`). A product with one option takes the
 * title as that option's value (the API's default); with several, one
 * `option_value` per `option_title`. Sizes the product already has are
 * refused here before the API does.
 */
export function parseVariantCreate(
  formData: FormData,
  options: { withStock: boolean; skuPrefix: string; existingTitles: string[] }
): Parsed<VariantCreateBody> {
  const fields: FieldErrors = {}
  const title = str(formData, "new_title")
  if (!title) fields.new_title = "required"
  else if (options.existingTitles.includes(title))
    fields.new_title = "sizeExists"
  const price = parsePrice(formData.get("new_price"))
  if (price === null) fields.new_price = "price"
  const stockRaw = str(formData, "new_stock")
  const stock = stockRaw && options.withStock ? parseCount(stockRaw) : undefined
  if (stock === null) fields.new_stock = "stock"
  const sku = halfWidthDots(str(formData, "new_sku")).toUpperCase()
  const titles = formData.getAll("option_title").map((v) => String(v).trim())
  const values = formData.getAll("option_value").map((v) => String(v).trim())
  const chosen: Record<string, string> = {}
  titles.forEach((optionTitle, i) => {
    if (!values[i]) fields[`option_value_${i}`] = "required"
    else chosen[optionTitle] = values[i]
  })
  if (Object.keys(fields).length) {
    return { ok: false, fields }
  }
  return {
    ok: true,
    value: {
      title,
      sku: sku || options.skuPrefix,
      ...(titles.length ? { options: chosen } : {}),
      prices: [{ amount: price as number, currency_code: "cny" }],
      ...(typeof stock === "number" ? { stocked_quantity: stock } : {}),
    },
  }
}

/** API fields of the add-a-size body → the form's fields. */
export const VARIANT_API_FIELDS: Record<string, string> = {
  title: "new_title",
  sku: "new_sku",
  prices: "new_price",
  stocked_quantity: "new_stock",
  options: "new_title",
}

/**
 * The typed row of each variant the create form sends, in order: blank
 * rows are not sent, so the API's `variants.1` may be the third row.
 */
export function sentVariantRows(formData: FormData): number[] {
  const column = (name: string) =>
    formData.getAll(name).map((v) => String(v).trim())
  const [titles, skus, prices, stocks] = [
    column("variant_title"),
    column("variant_sku"),
    column("variant_price"),
    column("variant_stock"),
  ]
  return titles.flatMap((title, i) =>
    title || skus[i] || prices[i] || stocks[i] ? [i] : []
  )
}

/**
 * Where a refusal of the create form's body belongs: the product's words
 * at their fields, `variants.<i>.…` at that row's title, SKU or price.
 * Rows are numbered as sent, which is as typed once blank rows are gone.
 */
export function productCreateFieldOf(
  field: string,
  sentRows: number[]
): string | null {
  const row = /^variants\.(\d+)\.(title|sku|prices)\b/.exec(field)
  if (row) {
    const typed = sentRows[Number(row[1])]
    const column = row[2] === "prices" ? "price" : row[2]
    return typed === undefined ? "variants" : `variants.${typed}.${column}`
  }
  if (field.startsWith("variants")) return "variants"
  return formFieldOf(field, {
    title: "title",
    subtitle: "subtitle",
    description: "description",
    "metadata.temperature_class": "temperature_class",
    "metadata.title_en": "title_en",
    "metadata.description_en": "description_en",
  })
}

/**
 * Where a refusal of the prices form's body belongs: `variants.<i>.prices`
 * at that variant's price, `variants.<i>.title` at its title.
 */
export function variantPricesFieldOf(
  field: string,
  variantIds: string[]
): string | null {
  const row = /^variants\.(\d+)\.(title|prices)\b/.exec(field)
  const id = row ? variantIds[Number(row[1])] : undefined
  if (!row || !id) return null
  return row[2] === "prices" ? `price_${id}` : `title_${id}`
}

export type GradeClaim = {
  standard_code: string
  level_code: string
  measurements: { metric: string; value: number; unit: string }[]
}

/**
 * The grade form: the standard, the level and one `m_<metric>` input per
 * criterion with its unit in `u_<metric>`, plus the out-of-grade share.
 * Blank measurements are left out (the API names the ones a level needs).
 */
export function parseGrade(formData: FormData): Parsed<GradeClaim> {
  const fields: FieldErrors = {}
  const standard = str(formData, "standard_code")
  const level = str(formData, "level_code")
  if (!standard) fields.standard_code = "required"
  if (!level) fields.level_code = "required"
  const measurements: GradeClaim["measurements"] = []
  for (const [key, raw] of formData.entries()) {
    if (!key.startsWith("m_") || !String(raw).trim()) {
      continue
    }
    const metric = key.slice(2)
    const value = parseDecimal(raw)
    if (value === null) {
      fields[metric] = "number"
      continue
    }
    const unit = metric === OUT_OF_GRADE ? "%" : str(formData, `u_${metric}`)
    measurements.push({ metric, value, unit })
  }
  if (!measurements.length && !Object.keys(fields).length) {
    fields.measurements = "measurements"
  }
  return Object.keys(fields).length
    ? { ok: false, fields }
    : {
        ok: true,
        value: { standard_code: standard, level_code: level, measurements },
      }
}

/**
 * Where a refusal of a grade declaration belongs: at the measurement it
 * names (`measurements.<i>.…` is the i-th measurement sent; a metric the
 * level needs and the body left out is in `values.metric`), or at the
 * standard or level.
 */
export function gradeFieldOf(
  refusal: FieldRefusal,
  sent: { metric: string }[]
): string | null {
  const indexed = /^measurements\.(\d+)\b/.exec(refusal.field)
  const metric = indexed
    ? sent[Number(indexed[1])]?.metric
    : typeof refusal.values.metric === "string"
      ? refusal.values.metric
      : undefined
  if (metric) return metric
  if (refusal.field === "measurements") return "measurements"
  return formFieldOf(refusal.field, {
    standard_code: "standard_code",
    level_code: "level_code",
  })
}

export const CERTIFICATION_TYPES = [
  "green_food",
  "organic",
  "geographical_indication",
  "compliance_certificate",
] as const

export type CertificationBody = {
  type: string
  number: string
  issuer: string
  product_id?: string
  valid_from: string
  valid_to: string
  evidence_url: string
}

/** A calendar day typed in the form, as the start or end of that Chongqing day. */
export function shanghaiDate(day: string, end = false): string | null {
  const clean = toHalfWidth(day)
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(clean)
  if (!match) {
    return null
  }
  // Date.UTC rolls 2026-02-30 over to March: refuse days that do not exist.
  const [y, m, d] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null
  }
  return `${clean}T${end ? "23:59:59" : "00:00:00"}+08:00`
}

export const CERTIFICATION_API_FIELDS: Record<string, string> = {
  type: "type",
  number: "number",
  issuer: "issuer",
  valid_from: "valid_from",
  valid_to: "valid_to",
  evidence_url: "evidence_url",
  product_id: "scope",
}

/**
 * Declaring a certificate: for the co-op as a whole, or (scope "product")
 * for the product the form is on. Days are Chongqing days; the window runs
 * to the end of `valid_to`.
 */
export function parseCertification(
  formData: FormData
): Parsed<CertificationBody> {
  const fields: FieldErrors = {}
  const type = str(formData, "type")
  const number = halfWidthDots(str(formData, "number")).toUpperCase()
  const issuer = str(formData, "issuer")
  const from = shanghaiDate(str(formData, "valid_from"))
  const to = shanghaiDate(str(formData, "valid_to"), true)
  const evidence = str(formData, "evidence_url")
  const productId = str(formData, "product_id")
  const scope = str(formData, "scope")
  if (!(CERTIFICATION_TYPES as readonly string[]).includes(type))
    fields.type = "required"
  if (!number) fields.number = "required"
  if (!issuer) fields.issuer = "required"
  if (!from) fields.valid_from = "date"
  if (!to) fields.valid_to = "date"
  if (from && to && from >= to) fields.valid_to = "dateOrder"
  if (!/^https?:\/\/\S+$/.test(evidence)) fields.evidence_url = "url"
  if (Object.keys(fields).length) {
    return { ok: false, fields }
  }
  return {
    ok: true,
    value: {
      type,
      number:
        type === "compliance_certificate" ? str(formData, "number") : number,
      issuer,
      ...(scope === "product" && productId ? { product_id: productId } : {}),
      valid_from: from!,
      valid_to: to!,
      evidence_url: evidence,
    },
  }
}

export function parseInvite(
  formData: FormData
): Parsed<{ email: string; name: string; role: "manager" | "staff" }> {
  const fields: FieldErrors = {}
  const email = str(formData, "email").toLowerCase()
  const name = str(formData, "name")
  const role = str(formData, "role")
  if (!EMAIL.test(email)) fields.email = "email"
  if (!name) fields.name = "required"
  if (role !== "manager" && role !== "staff") fields.role = "required"
  return Object.keys(fields).length
    ? { ok: false, fields }
    : { ok: true, value: { email, name, role: role as "manager" | "staff" } }
}

/**
 * Fulfilling: an optional ETA for a pickup parcel (a datetime-local value,
 * Chongqing time) and an optional tracking number for a delivery.
 */
export function parseFulfilment(formData: FormData): Parsed<{
  eta?: string
  labels?: {
    tracking_number: string
    tracking_url: string
    label_url: string
  }[]
}> {
  const eta = str(formData, "eta")
  const tracking = halfWidthDots(str(formData, "tracking_number"))
  const fields: FieldErrors = {}
  let etaIso: string | undefined
  if (eta) {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(eta)
    if (!match) fields.eta = "date"
    else etaIso = `${match[1]}T${match[2]}:00+08:00`
  }
  if (Object.keys(fields).length) {
    return { ok: false, fields }
  }
  return {
    ok: true,
    value: {
      ...(etaIso ? { eta: etaIso } : {}),
      ...(tracking
        ? {
            labels: [
              { tracking_number: tracking, tracking_url: "", label_url: "" },
            ],
          }
        : {}),
    },
  }
}
