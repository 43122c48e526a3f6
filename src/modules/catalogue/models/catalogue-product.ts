import { model } from "@medusajs/framework/utils"

/**
 * The store's read model: one denormalised row per published product, so a
 * listing with filters and facets is one table scan instead of stock
 * /store/products' cross-module joins. Rows are rebuilt by the catalogue
 * workflows; time-bound claims (brand authorization windows, certificate
 * validity) are stored with their dates and filtered with now() when read,
 * so an expiry needs no refresh.
 */
export const CatalogueProduct = model
  .define("catalogue_product", {
    /** The product's id. */
    id: model.text().primaryKey(),
    handle: model.text(),
    title: model.text(),
    title_en: model.text().nullable(),
    thumbnail: model.text().nullable(),
    /** The product's photos in order: [{ url }]. */
    images: model.json().default([] as any),
    /** As the co-op wrote it; the English in metadata.description_en. */
    description: model.text().nullable(),
    description_en: model.text().nullable(),
    vendor_id: model.text().nullable(),
    vendor_handle: model.text().nullable(),
    vendor_name: model.text().nullable(),
    vendor_status: model.text().nullable(),
    /** The co-op's public card: { id, handle, name, kind, region_code, description_zh, description_en, logo }. */
    vendor: model.json().nullable(),
    /** The pickup compartment the product needs: ambient, chilled or frozen. */
    temperature_class: model.text().default("ambient"),
    brand_id: model.text().nullable(),
    brand_handle: model.text().nullable(),
    /** { id, handle, type, name_zh, name_en } of the linked brand. */
    brand: model.json().nullable(),
    /** The co-op's authorization windows for the brand: [{ from, to }]. */
    brand_windows: model.json(),
    brand_region_codes: model.array(),
    /** The product's origin and all its ancestors (500236 → 500000). */
    region_codes: model.array(),
    category_ids: model.array(),
    category_handles: model.array(),
    sales_channel_ids: model.array(),
    grade_codes: model.array(),
    grade_standard_codes: model.array(),
    /** [{ code, name_zh, name_en, rank }] of the variants' levels. */
    grades: model.json(),
    /** [{ id, type, number, issuer, valid_from, valid_to }]. */
    certifications: model.json(),
    // numeric, not real: a real overflowed at 1e308 and stopped every
    // refresh, and it holds only ~7 digits (999999.99 would round). Rows are
    // written by SQL, which leaves the raw_ columns bigNumber adds null.
    min_price: model.bigNumber().nullable(),
    max_price: model.bigNumber().nullable(),
    in_stock: model.boolean(),
    variants: model.json(),
    search_text: model.text(),
    product_created_at: model.dateTime(),
  })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["product_created_at"] },
    { on: ["min_price"] },
    { on: ["vendor_id"] },
    { on: ["brand_id"] },
  ])
