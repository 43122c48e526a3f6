import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  CERTIFICATION_API_FIELDS,
  formFieldOf,
  gradeFieldOf,
  parseCertification,
  parseCount,
  parseDecimal,
  parseFulfilment,
  parseGrade,
  parseInvite,
  parsePrice,
  parseProductCreate,
  parseProductDetails,
  parseSignUp,
  parseVariantCreate,
  parseVariantPrices,
  productCreateFieldOf,
  sentVariantRows,
  shanghaiDate,
  SIGN_UP_API_FIELDS,
  VARIANT_API_FIELDS,
  variantPricesFieldOf,
} from "../forms"
import { toHalfWidth } from "@lib/util/half-width"

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

describe("numbers as people type them", () => {
  it("reads full-width digits, currency signs and thousands separators", () => {
    assert.equal(toHalfWidth("３９．９"), "39.9")
    assert.equal(parseDecimal("３９．９"), 39.9)
    assert.equal(parseDecimal(" ¥1,299.00 "), 1299)
    assert.equal(parseDecimal("39。9"), 39.9)
    assert.equal(parseDecimal("abc"), null)
    assert.equal(parseDecimal(""), null)
  })
  it("takes prices above zero with at most two decimals, counts as whole numbers", () => {
    assert.equal(parsePrice("39.90"), 39.9)
    assert.equal(parsePrice("0"), null)
    assert.equal(parsePrice("1.999"), null)
    assert.equal(parseCount("１２０"), 120)
    assert.equal(parseCount("1.5"), null)
    assert.equal(parseCount("-1"), null)
  })
})

describe("sign-up", () => {
  const valid: [string, string][] = [
    ["name", "奉节县夔门脐橙种植专业合作社"],
    ["handle", "Fengjie-Orange-Coop"],
    ["kind", "cooperative"],
    ["credit_code", "93500236ma5u7k3c29"],
    ["region_code", "５００２３６"],
    ["contact_name", "向德明"],
    ["contact_phone", "023-5685-1201"],
    ["address_1", ""],
    ["member_name", ""],
    ["email", "Xiang@Coop.Example"],
    ["password", "tiantou-coop-2026"],
  ]

  it("builds the POST /vendors body, the login's email as the owner's", () => {
    const parsed = parseSignUp(form(valid))
    assert.ok(parsed.ok)
    assert.equal(parsed.value.email, "xiang@coop.example")
    assert.deepEqual(parsed.value.body, {
      name: "奉节县夔门脐橙种植专业合作社",
      handle: "fengjie-orange-coop",
      kind: "cooperative",
      credit_code: "93500236MA5U7K3C29",
      region_code: "500236",
      contact: { name: "向德明", phone: "023-5685-1201" },
      member: { email: "xiang@coop.example", name: "向德明" },
    })
  })

  it("leaves the handle out when the co-op leaves it empty", () => {
    const parsed = parseSignUp(
      form(valid.map(([k, v]) => [k, k === "handle" ? " " : v]))
    )
    assert.ok(parsed.ok)
    assert.equal("handle" in parsed.value.body, false)
  })

  it("takes only Chongqing's districts and counties as the region", () => {
    for (const [code, ok] of [
      ["500101", true],
      ["500243", true],
      ["500000", false],
      ["510000", false],
      ["", false],
    ] as const) {
      const parsed = parseSignUp(
        form(valid.map(([k, v]) => [k, k === "region_code" ? code : v]))
      )
      assert.equal(parsed.ok, ok, code)
    }
  })

  it("names every field that is wrong", () => {
    const parsed = parseSignUp(
      form([
        ["handle", "x"],
        ["credit_code", "123"],
        ["region_code", "50023"],
        ["contact_phone", "abc"],
        ["email", "nope"],
        ["password", "short"],
      ])
    )
    assert.ok(!parsed.ok)
    assert.deepEqual(parsed.fields, {
      name: "required",
      handle: "handle",
      credit_code: "creditCode",
      region_code: "regionCode",
      contact_name: "required",
      contact_phone: "phone",
      email: "email",
      password: "password",
    })
  })

  it("puts the API's refusal at the form field its field names", () => {
    assert.equal(formFieldOf("credit_code", SIGN_UP_API_FIELDS), "credit_code")
    assert.equal(formFieldOf("member.email", SIGN_UP_API_FIELDS), "email")
    assert.equal(
      formFieldOf("contact.phone", SIGN_UP_API_FIELDS),
      "contact_phone"
    )
    assert.equal(
      formFieldOf("address.address_1", SIGN_UP_API_FIELDS),
      "address_1",
      "a listed parent"
    )
    assert.equal(
      formFieldOf("handles", SIGN_UP_API_FIELDS),
      null,
      "a name that only starts like a field"
    )
    assert.equal(formFieldOf("metadata", SIGN_UP_API_FIELDS), null)
  })
})

describe("products", () => {
  const create = (extra: [string, string][] = []) =>
    form([
      ["title", "奉节脐橙"],
      ["title_en", "Fengjie navel orange"],
      ["temperature_class", "ambient"],
      ["option_title", "规格 / Size"],
      ["status", "published"],
      ["variant_title", "2.5kg 尝鲜装"],
      ["variant_sku", "fjqc-2500"],
      ["variant_price", "39.9"],
      ["variant_stock", "200"],
      ["variant_title", ""],
      ["variant_sku", ""],
      ["variant_price", ""],
      ["variant_stock", ""],
      ["variant_title", "5kg 家庭装"],
      ["variant_sku", ""],
      ["variant_price", "６９.９"],
      ["variant_stock", "150"],
      ...extra,
    ])

  it("builds the create body: one option value per size, CNY prices, stock by SKU", () => {
    const parsed = parseProductCreate(create(), {
      pending: false,
      skuPrefix: "TT-X",
    })
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, {
      title: "奉节脐橙",
      status: "published",
      metadata: {
        temperature_class: "ambient",
        title_en: "Fengjie navel orange",
      },
      options: [
        { title: "规格 / Size", values: ["2.5kg 尝鲜装", "5kg 家庭装"] },
      ],
      variants: [
        {
          title: "2.5kg 尝鲜装",
          sku: "FJQC-2500",
          options: { "规格 / Size": "2.5kg 尝鲜装" },
          manage_inventory: true,
          prices: [{ amount: 39.9, currency_code: "cny" }],
        },
        {
          title: "5kg 家庭装",
          sku: "TT-X-2",
          options: { "规格 / Size": "5kg 家庭装" },
          manage_inventory: true,
          prices: [{ amount: 69.9, currency_code: "cny" }],
        },
      ],
      additional_data: { stock: { "FJQC-2500": 200, "TT-X-2": 150 } },
    })
  })

  it("keeps a co-op under review to drafts without stock", () => {
    const parsed = parseProductCreate(create(), {
      pending: true,
      skuPrefix: "TT-X",
    })
    assert.ok(parsed.ok)
    assert.equal(parsed.value.status, "draft")
    assert.equal(parsed.value.additional_data, undefined)
  })

  it("marks bad rows at their fields", () => {
    const parsed = parseProductCreate(
      form([
        ["title", ""],
        ["temperature_class", "warm"],
        ["variant_title", "5kg"],
        ["variant_sku", "A"],
        ["variant_price", "0"],
        ["variant_stock", "1.5"],
        ["variant_title", "5kg"],
        ["variant_sku", "a"],
        ["variant_price", "10"],
        ["variant_stock", ""],
      ]),
      { pending: false, skuPrefix: "TT" }
    )
    assert.ok(!parsed.ok)
    assert.deepEqual(parsed.fields, {
      title: "required",
      temperature_class: "required",
      "variants.0.price": "price",
      "variants.0.stock": "stock",
      "variants.1.title": "duplicate",
      "variants.1.sku": "duplicate",
    })
    const empty = parseProductCreate(form([["title", "x"]]), {
      pending: false,
      skuPrefix: "TT",
    })
    assert.ok(!empty.ok)
    assert.equal(empty.fields.variants, "variants")
  })

  it("merges the details over the product's metadata, dropping cleared English", () => {
    const parsed = parseProductDetails(
      form([
        ["title", "奉节脐橙"],
        ["title_en", ""],
        ["subtitle", ""],
        ["description", "冬季鲜采"],
        ["temperature_class", "chilled"],
        ["status", "draft"],
      ]),
      {
        title_en: "old",
        origin_region_code: "500236",
        temperature_class: "ambient",
      }
    )
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, {
      title: "奉节脐橙",
      subtitle: null,
      description: "冬季鲜采",
      status: "draft",
      metadata: { origin_region_code: "500236", temperature_class: "chilled" },
    })
  })

  it("sends every variant back with its price (the API drops variants left out)", () => {
    const parsed = parseVariantPrices(
      form([
        ["title_v1", "2.5kg"],
        ["price_v1", "41.5"],
        ["price_v2", "69.9"],
      ]),
      ["v1", "v2"]
    )
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, [
      {
        id: "v1",
        title: "2.5kg",
        prices: [{ amount: 41.5, currency_code: "cny" }],
      },
      { id: "v2", prices: [{ amount: 69.9, currency_code: "cny" }] },
    ])
    const missing = parseVariantPrices(form([["price_v1", "41.5"]]), [
      "v1",
      "v2",
    ])
    assert.ok(!missing.ok)
    assert.deepEqual(missing.fields, { price_v2: "price" })
  })
})

describe("grades", () => {
  it("sends the filled measurements with their units", () => {
    const parsed = parseGrade(
      form([
        ["standard_code", "GB/T 21488-2008"],
        ["level_code", "premium"],
        ["m_fruit_diameter_mm", "７２"],
        ["u_fruit_diameter_mm", "mm"],
        ["m_soluble_solids_pct", ""],
        ["u_soluble_solids_pct", "%"],
        ["m_out_of_grade_pct", "3"],
      ])
    )
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, {
      standard_code: "GB/T 21488-2008",
      level_code: "premium",
      measurements: [
        { metric: "fruit_diameter_mm", value: 72, unit: "mm" },
        { metric: "out_of_grade_pct", value: 3, unit: "%" },
      ],
    })
    const bad = parseGrade(
      form([
        ["standard_code", "X"],
        ["level_code", "y"],
        ["m_fruit_diameter_mm", "big"],
      ])
    )
    assert.ok(!bad.ok)
    assert.deepEqual(bad.fields, { fruit_diameter_mm: "number" })
  })

  it("puts each refusal at its measurement", () => {
    const sent = [
      { metric: "fruit_diameter_mm" },
      { metric: "soluble_solids_pct" },
    ]
    const at = (field: string, values: Record<string, unknown> = {}) =>
      gradeFieldOf({ field, rule: "grade_min", values }, sent)
    assert.equal(
      at("measurements.1.value", { metric: "soluble_solids_pct" }),
      "soluble_solids_pct"
    )
    assert.equal(
      at("measurements.0.unit"),
      "fruit_diameter_mm",
      "the i-th measurement sent"
    )
    assert.equal(
      at("measurements", { metric: "edible_portion_pct" }),
      "edible_portion_pct",
      "a metric the level needs and the body left out"
    )
    assert.equal(at("measurements"), "measurements")
    assert.equal(at("standard_code"), "standard_code")
    assert.equal(at("level_code"), "level_code")
    assert.equal(at("colour"), null)
  })
})

describe("certificates, members and fulfilment", () => {
  it("reads days as Chongqing days and refuses ones that do not exist", () => {
    assert.equal(shanghaiDate("2026-12-01"), "2026-12-01T00:00:00+08:00")
    assert.equal(shanghaiDate("2026-12-01", true), "2026-12-01T23:59:59+08:00")
    assert.equal(shanghaiDate("2026-02-30"), null)
    assert.equal(shanghaiDate("12/01/2026"), null)
  })

  it("declares a certificate for the product, or the whole co-op", () => {
    const base: [string, string][] = [
      ["type", "geographical_indication"],
      ["number", "agi00812"],
      ["issuer", "农业农村部"],
      ["valid_from", "2026-01-01"],
      ["valid_to", "2029-01-01"],
      ["evidence_url", "https://example.test/agi.jpg"],
      ["product_id", "prod_orange"],
    ]
    const product = parseCertification(form([...base, ["scope", "product"]]))
    assert.ok(product.ok)
    assert.deepEqual(product.value, {
      type: "geographical_indication",
      number: "AGI00812",
      issuer: "农业农村部",
      product_id: "prod_orange",
      valid_from: "2026-01-01T00:00:00+08:00",
      valid_to: "2029-01-01T23:59:59+08:00",
      evidence_url: "https://example.test/agi.jpg",
    })
    const coop = parseCertification(form([...base, ["scope", "vendor"]]))
    assert.ok(coop.ok)
    assert.equal(coop.value.product_id, undefined)
    const bad = parseCertification(
      form([
        ["type", "x"],
        ["valid_from", "2026-05-01"],
        ["valid_to", "2026-04-01"],
        ["evidence_url", "ftp://x"],
      ])
    )
    assert.ok(!bad.ok)
    assert.deepEqual(bad.fields, {
      type: "required",
      number: "required",
      issuer: "required",
      valid_to: "dateOrder",
      evidence_url: "url",
    })
    assert.equal(formFieldOf("number", CERTIFICATION_API_FIELDS), "number")
    assert.equal(formFieldOf("valid_to", CERTIFICATION_API_FIELDS), "valid_to")
    assert.equal(formFieldOf("product_id", CERTIFICATION_API_FIELDS), "scope")
  })

  it("invites managers or staff only", () => {
    const parsed = parseInvite(
      form([
        ["email", " Li@Coop.Example "],
        ["name", "李"],
        ["role", "staff"],
      ])
    )
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, {
      email: "li@coop.example",
      name: "李",
      role: "staff",
    })
    const owner = parseInvite(
      form([
        ["email", "li@coop.example"],
        ["name", "李"],
        ["role", "owner"],
      ])
    )
    assert.ok(!owner.ok)
    assert.deepEqual(owner.fields, { role: "required" })
  })

  it("reads the ETA as Chongqing time and the tracking number as a label", () => {
    const pickup = parseFulfilment(form([["eta", "2026-12-02T18:00"]]))
    assert.ok(pickup.ok)
    assert.deepEqual(pickup.value, { eta: "2026-12-02T18:00:00+08:00" })
    const delivery = parseFulfilment(form([["tracking_number", "ＳＦ１２３"]]))
    assert.ok(delivery.ok)
    assert.deepEqual(delivery.value, {
      labels: [{ tracking_number: "SF123", tracking_url: "", label_url: "" }],
    })
    assert.deepEqual(parseFulfilment(form([])), { ok: true, value: {} })
    const bad = parseFulfilment(form([["eta", "tomorrow"]]))
    assert.ok(!bad.ok)
  })
})

describe("refusals of the product forms", () => {
  it("puts a create refusal at the typed row, skipping blank rows", () => {
    const data = form([
      ["variant_title", "5kg"],
      ["variant_price", "39"],
      ["variant_title", ""],
      ["variant_price", ""],
      ["variant_title", "10kg"],
      ["variant_price", "0.001"],
    ])
    const rows = sentVariantRows(data)
    assert.deepEqual(rows, [0, 2])
    assert.equal(
      productCreateFieldOf("variants.1.prices.0.amount", rows),
      "variants.2.price"
    )
    assert.equal(productCreateFieldOf("variants.0.sku", rows), "variants.0.sku")
    assert.equal(productCreateFieldOf("variants.5.title", rows), "variants")
    assert.equal(productCreateFieldOf("title", rows), "title")
    assert.equal(productCreateFieldOf("metadata.title_en", rows), "title_en")
    assert.equal(productCreateFieldOf("status", rows), null)
  })

  it("puts a prices refusal at the variant's price or title", () => {
    const ids = ["variant_a", "variant_b"]
    assert.equal(
      variantPricesFieldOf("variants.1.prices.0.amount", ids),
      "price_variant_b"
    )
    assert.equal(
      variantPricesFieldOf("variants.0.title", ids),
      "title_variant_a"
    )
    assert.equal(variantPricesFieldOf("variants.2.prices.0.amount", ids), null)
  })
})

describe("adding a size", () => {
  const opts = {
    withStock: true,
    skuPrefix: "TT-ABC",
    existingTitles: ["2.5kg 尝鲜装", "5kg 家庭装"],
  }

  it("sends the title, the CNY price, the starting stock and a SKU", () => {
    const parsed = parseVariantCreate(
      form([
        ["new_title", " 10kg 整箱 "],
        ["new_price", "¥１０９"],
        ["new_stock", "４０"],
        ["new_sku", "fjqc-１００００"],
      ]),
      opts
    )
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, {
      title: "10kg 整箱",
      sku: "FJQC-10000",
      prices: [{ amount: 109, currency_code: "cny" }],
      stocked_quantity: 40,
    })
  })

  it("reads an IME's 。 in a SKU as a dot", () => {
    const parsed = parseVariantCreate(
      form([
        ["new_title", "10kg 整箱"],
        ["new_price", "109"],
        ["new_sku", "fjqc。v2"],
      ]),
      opts
    )
    assert.ok(parsed.ok)
    assert.equal(parsed.value.sku, "FJQC.V2")
  })

  it("makes up a SKU, leaves stock out when blank or without a location, and names each option of a multi-option product", () => {
    const blank = parseVariantCreate(
      form([
        ["new_title", "特级 10kg"],
        ["new_price", "139"],
        ["new_stock", ""],
        ["option_title", "规格"],
        ["option_value", "10kg"],
        ["option_title", "等级"],
        ["option_value", "特级"],
      ]),
      opts
    )
    assert.ok(blank.ok)
    assert.deepEqual(blank.value, {
      title: "特级 10kg",
      sku: "TT-ABC",
      options: { 规格: "10kg", 等级: "特级" },
      prices: [{ amount: 139, currency_code: "cny" }],
    })
    const pending = parseVariantCreate(
      form([
        ["new_title", "10kg"],
        ["new_price", "99"],
        ["new_stock", "5"],
      ]),
      { ...opts, withStock: false }
    )
    assert.ok(pending.ok)
    assert.equal("stocked_quantity" in pending.value, false)
  })

  it("marks a missing or repeated title, a bad price, bad stock and an empty option value", () => {
    const bad = parseVariantCreate(
      form([
        ["new_title", "5kg 家庭装"],
        ["new_price", "0"],
        ["new_stock", "1.5"],
        ["option_title", "等级"],
        ["option_value", " "],
      ]),
      opts
    )
    assert.deepEqual(bad, {
      ok: false,
      fields: {
        new_title: "sizeExists",
        new_price: "price",
        new_stock: "stock",
        option_value_0: "required",
      },
    })
    const empty = parseVariantCreate(form([["new_price", "9"]]), opts)
    assert.deepEqual(empty, { ok: false, fields: { new_title: "required" } })
  })

  it("puts the API's refusals at their fields", () => {
    assert.equal(formFieldOf("sku", VARIANT_API_FIELDS), "new_sku")
    assert.equal(
      formFieldOf("prices.0.amount", VARIANT_API_FIELDS),
      "new_price"
    )
    assert.equal(formFieldOf("options", VARIANT_API_FIELDS), "new_title")
    assert.equal(
      formFieldOf("stocked_quantity", VARIANT_API_FIELDS),
      "new_stock"
    )
  })
})
