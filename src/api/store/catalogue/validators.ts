import { z } from "@medusajs/framework/zod"
import { pageLimit, pageOffset } from "../../utils/query-params"

/** "a,b" or repeated parameters → ["a", "b"]; each value checked by `item`. */
const list = (item: z.ZodString) =>
  z
    .preprocess(
      (value) =>
        (Array.isArray(value) ? value : [value]).flatMap((v) =>
          typeof v === "string" ? v.split(",").map((s) => s.trim()) : [v]
        ),
      z.array(item).min(1).max(20)
    )
    .optional()

const token = (name: string) =>
  z
    .string()
    .regex(
      /^[\p{L}\p{N}_\-./ ]{1,100}$/u,
      `${name} must be one or more codes or handles (letters, digits, - _ . /), comma-separated`
    )

export const CERTIFICATION_TYPES = [
  "green_food",
  "organic",
  "geographical_indication",
  "compliance_certificate",
] as const

/** Filters shared by the catalogue listing and /store/products. */
export const catalogueFilterShape = {
  q: z.string().trim().min(1).max(100).optional(),
  category: list(token("category")),
  vendor: list(token("vendor")),
  grade: list(token("grade")),
  grade_standard: list(token("grade_standard")),
  brand: list(token("brand")),
  region: list(
    z
      .string()
      .regex(/^\d{6}$/, "region must be 6-digit GB/T 2260 codes, e.g. 500236")
  ),
  certification: list(
    z
      .string()
      .refine(
        (v) => (CERTIFICATION_TYPES as readonly string[]).includes(v),
        `certification must be one of ${CERTIFICATION_TYPES.join(", ")}`
      )
  ),
}

export type StoreGetCatalogueParamsType = z.infer<
  typeof StoreGetCatalogueParams
>
export const StoreGetCatalogueParams = z
  .object({
    ...catalogueFilterShape,
    sort: z
      .enum(["newest", "price_asc", "price_desc", "title"])
      .default("newest"),
    limit: pageLimit(20),
    offset: pageOffset(),
    facets: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  })
  .strict()

export type StoreGetCatalogueProductParamsType = z.infer<
  typeof StoreGetCatalogueProductParams
>
export const StoreGetCatalogueProductParams = z.object({}).strict()
