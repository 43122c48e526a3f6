import {
  buildCatalogueRow,
  cnyPrice,
  variantInStock,
  withAncestors,
} from "../utils/build-row"
import {
  refreshInputForEvent,
  refreshInputOfStale,
  staleEntriesOf,
} from "../utils/event-input"

const parents = new Map<string, string | null>([
  ["500000", null],
  ["500236", "500000"],
  ["500116", "500000"],
])

const product = (overrides: Record<string, unknown> = {}) => ({
  id: "prod_1",
  handle: "fengjie-navel-orange",
  title: "奉节脐橙",
  status: "published",
  metadata: { title_en: "Fengjie navel orange" },
  created_at: "2026-11-01T00:00:00Z",
  vendor: {
    id: "ven_1",
    handle: "fj",
    name: "奉节合作社",
    status: "active",
    region_code: "500236",
    kind: "cooperative",
    description_zh: "夔门脚下的脐橙合作社",
    description_en: "A navel-orange co-op below Kuimen",
    logo: null,
  },
  brand: {
    id: "brnd_1",
    handle: "fengjie-navel-orange",
    type: "regional_public",
    name_zh: "奉节脐橙",
    name_en: "Fengjie navel orange",
    region_codes: ["500236"],
    authorizations: [
      { vendor_id: "ven_1", valid_from: "2026-01-01", valid_to: "2027-01-01" },
      {
        vendor_id: "ven_other",
        valid_from: "2026-01-01",
        valid_to: "2027-01-01",
      },
    ],
  },
  certifications: [
    {
      id: "c1",
      type: "green_food",
      number: "n",
      issuer: "i",
      valid_from: "2026-01-01",
      valid_to: "2027-01-01",
    },
    {
      id: "c2",
      type: "organic",
      number: "n",
      issuer: "i",
      valid_from: "2026-01-01",
      valid_to: "2027-01-01",
      review_status: "pending",
    },
  ],
  variants: [
    {
      id: "v2",
      title: "10kg",
      variant_rank: 1,
      manage_inventory: true,
      prices: [
        { amount: 129, currency_code: "cny" },
        { amount: 99, currency_code: "cny", price_list_id: "pl_1" },
      ],
      inventory_items: [
        {
          required_quantity: 1,
          inventory: {
            location_levels: [{ stocked_quantity: 2, reserved_quantity: 2 }],
          },
        },
      ],
    },
    {
      id: "v1",
      title: "5kg",
      variant_rank: 0,
      manage_inventory: true,
      prices: [
        { amount: 69.9, currency_code: "cny" },
        { amount: 10, currency_code: "usd" },
      ],
      inventory_items: [
        {
          required_quantity: 1,
          inventory: {
            location_levels: [{ stocked_quantity: 5, reserved_quantity: 1 }],
          },
        },
      ],
      variant_grade: {
        measured: { fruit_diameter_mm: 82 },
        level: {
          code: "premium",
          name_zh: "特级",
          name_en: "Premium",
          rank: 1,
          criteria: [{ metric: "fruit_diameter_mm", min: 80, unit: "mm" }],
          standard: {
            code: "GB/T 21488-2008",
            title_zh: "脐橙",
            title_en: "Navel oranges",
          },
        },
      },
    },
  ],
  ...overrides,
})

describe("buildCatalogueRow", () => {
  it("denormalises a published product", () => {
    const row = buildCatalogueRow(product() as any, parents)!
    expect(row).toMatchObject({
      title_en: "Fengjie navel orange",
      region_codes: ["500236", "500000"],
      brand_region_codes: ["500236", "500000"],
      brand_windows: [
        { from: "2026-01-01T00:00:00.000Z", to: "2027-01-01T00:00:00.000Z" },
      ],
      grade_codes: ["premium"],
      grade_standard_codes: ["GB/T 21488-2008"],
      min_price: 69.9,
      max_price: 129,
      in_stock: true,
    })
    expect(row.variants.map((v) => [v.id, v.in_stock])).toEqual([
      ["v1", true],
      ["v2", false],
    ])
    expect(row.variants[0].grade!.summary_zh).toBe("果实横径 ≥ 80 mm")
    expect(row.certifications.map((c) => c.id)).toEqual(["c1"])
  })

  it("takes the product's own origin region over the co-op's", () => {
    const row = buildCatalogueRow(
      product({ metadata: { origin_region_code: "500116" } }) as any,
      parents
    )!
    expect(row.region_codes).toEqual(["500116", "500000"])
  })

  it("keeps the co-op's public card and the product's temperature class", () => {
    const row = buildCatalogueRow(product() as any, parents)!
    expect(row.vendor).toEqual({
      id: "ven_1",
      handle: "fj",
      name: "奉节合作社",
      name_en: null,
      kind: "cooperative",
      region_code: "500236",
      description_zh: "夔门脚下的脐橙合作社",
      description_en: "A navel-orange co-op below Kuimen",
      logo: null,
    })
    // Ambient when unset, as checkout reads it; an unknown value too.
    expect(row.temperature_class).toBe("ambient")
    const chilled = buildCatalogueRow(
      product({ metadata: { temperature_class: "chilled" } }) as any,
      parents
    )!
    expect(chilled.temperature_class).toBe("chilled")
    const odd = buildCatalogueRow(
      product({ metadata: { temperature_class: "warm" } }) as any,
      parents
    )!
    expect(odd.temperature_class).toBe("ambient")
  })

  it("files a product under its categories' parents and keeps English names", () => {
    const row = buildCatalogueRow(
      product({
        categories: [
          {
            id: "pcat_citrus",
            handle: "citrus",
            parent_category: { id: "pcat_fruit", handle: "fruit" },
          },
        ],
        vendor: {
          ...product().vendor,
          metadata: { name_en: "Fengjie Kuimen Navel Orange Growers' Co-op" },
        },
        variants: [
          {
            id: "var_1",
            title: "5kg 家庭装",
            metadata: { title_en: "5 kg family box" },
          },
        ],
      }) as any,
      parents
    )!
    expect(row.category_handles).toEqual(["citrus", "fruit"])
    expect(row.category_ids).toEqual(["pcat_citrus", "pcat_fruit"])
    expect(row.vendor?.name_en).toBe(
      "Fengjie Kuimen Navel Orange Growers' Co-op"
    )
    expect(row.variants[0].title_en).toBe("5 kg family box")
  })

  it("gives no row for a draft", () => {
    expect(
      buildCatalogueRow(product({ status: "draft" }) as any, parents)
    ).toBeNull()
  })

  it("prices, stock and ancestors in isolation", () => {
    expect(
      cnyPrice({
        id: "v",
        title: "t",
        prices: [{ amount: 5, currency_code: "cny", rules_count: 1 }],
      })
    ).toBeNull()
    expect(
      variantInStock({ id: "v", title: "t", manage_inventory: false })
    ).toBe(true)
    expect(
      variantInStock({
        id: "v",
        title: "t",
        manage_inventory: true,
        inventory_items: [],
      })
    ).toBe(false)
    expect(withAncestors(["500236", "999999"], parents)).toEqual([
      "500236",
      "500000",
      "999999",
    ])
  })
})

describe("refreshInputForEvent", () => {
  it.each([
    ["product.updated", { id: "prod_1" }, { product_ids: ["prod_1"] }],
    ["vendor.updated", { id: "ven_1" }, { vendor_ids: ["ven_1"] }],
    [
      "product-variant.updated",
      [{ id: "v1" }, { id: "v2" }],
      { variant_ids: ["v1", "v2"] },
    ],
    [
      "inventory-level.updated",
      [{ id: "il_1" }],
      { inventory_level_ids: ["il_1"] },
    ],
    [
      "vendor.status_changed",
      { id: "ven_1", from: "active", to: "suspended" },
      { vendor_ids: ["ven_1"] },
    ],
    [
      "catalogue.products_changed",
      { brand_ids: ["brnd_1"] },
      { brand_ids: ["brnd_1"] },
    ],
  ])("maps %s", (name, data, expected) => {
    expect(refreshInputForEvent(name, data)).toMatchObject(expected)
  })

  it("ignores events that name nothing", () => {
    expect(refreshInputForEvent("product.updated", {})).toBeNull()
    expect(refreshInputForEvent("catalogue.products_changed", {})).toBeNull()
  })
})

describe("stale marks", () => {
  it("turns a refresh input into one mark per id, without duplicates", () => {
    expect(
      staleEntriesOf({
        product_ids: ["prod_1", "prod_1"],
        variant_ids: ["v1"],
        vendor_ids: [],
      })
    ).toEqual([
      { kind: "product_ids", ref_id: "prod_1" },
      { kind: "variant_ids", ref_id: "v1" },
    ])
  })

  it("coalesces a burst of marks back into one refresh input", () => {
    const marks = [
      ...staleEntriesOf(refreshInputForEvent("product.created", { id: "p1" })!),
      ...staleEntriesOf(
        refreshInputForEvent("product-variant.created", [
          { id: "v1" },
          { id: "v2" },
        ])!
      ),
      ...staleEntriesOf(
        refreshInputForEvent("inventory-level.updated", [{ id: "il_1" }])!
      ),
      { kind: "unknown_ids", ref_id: "x" },
    ]
    expect(refreshInputOfStale(marks)).toEqual({
      product_ids: ["p1"],
      variant_ids: ["v1", "v2"],
      inventory_level_ids: ["il_1"],
    })
  })
})
