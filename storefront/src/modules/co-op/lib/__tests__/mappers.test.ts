import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { relationDepth } from "@lib/util/fields"
import {
  authorizedBrands,
  certificateChoices,
  cnyPrice,
  criterionRule,
  gradeStandardCode,
  itemsSummary,
  orderActions,
  orderPickupPointId,
  orderStage,
  parcelSteps,
  permissions,
  productName,
  productRow,
  stageParam,
  variantStock,
} from "../mappers"
import { DETAIL_FIELDS, LIST_FIELDS } from "../fields"
import type { ApiVendorOrder, ApiVendorProduct } from "../../../../types/co-op"

const LOCATION = "sloc_fengjie"

const orange: ApiVendorProduct = {
  id: "prod_orange",
  title: "奉节脐橙",
  handle: "fengjie-navel-orange",
  status: "published",
  metadata: { title_en: "Fengjie navel orange", temperature_class: "ambient" },
  variants: [
    {
      id: "variant_25",
      title: "2.5kg 尝鲜装",
      sku: "FJQC-2500",
      manage_inventory: true,
      prices: [
        { amount: 5.5, currency_code: "usd" },
        { amount: 39.9, currency_code: "cny" },
      ],
      inventory: [
        {
          id: "iitem_1",
          location_levels: [
            {
              location_id: "sloc_other",
              stocked_quantity: 999,
              reserved_quantity: 0,
            },
            {
              location_id: LOCATION,
              stocked_quantity: 12,
              reserved_quantity: 4,
            },
          ],
        },
      ],
      variant_grade: {
        id: "vgrd_1",
        level: {
          code: "premium",
          name_zh: "特级",
          name_en: "Premium",
          standard_id: "gstd_1",
        },
      },
    },
    {
      id: "variant_10",
      title: "10kg 整箱",
      sku: "FJQC-10000",
      manage_inventory: true,
      prices: [{ amount: 129, currency_code: "CNY" }],
      inventory: [
        {
          id: "iitem_2",
          location_levels: [
            {
              location_id: LOCATION,
              stocked_quantity: 2,
              reserved_quantity: 5,
            },
          ],
        },
      ],
    },
    {
      id: "variant_gift",
      title: "礼盒",
      manage_inventory: false,
      prices: [],
    },
  ],
}

describe("co-op products", () => {
  it("reads stock at the co-op's own location, never below zero available", () => {
    assert.deepEqual(variantStock(orange.variants![0], LOCATION), {
      stocked: 12,
      reserved: 4,
      available: 8,
    })
    assert.deepEqual(variantStock(orange.variants![1], LOCATION), {
      stocked: 2,
      reserved: 5,
      available: 0,
    })
    assert.equal(variantStock(orange.variants![2], LOCATION), null)
    assert.equal(
      variantStock(orange.variants![0], null),
      null,
      "no location before approval"
    )
    assert.deepEqual(
      variantStock({ manage_inventory: true, inventory: [] }, LOCATION),
      {
        stocked: 0,
        reserved: 0,
        available: 0,
      }
    )
  })

  it("takes the CNY price whatever the currency code's case", () => {
    assert.equal(cnyPrice(orange.variants![0]), 39.9)
    assert.equal(cnyPrice(orange.variants![1]), 129)
    assert.equal(cnyPrice(orange.variants![2]), null)
  })

  it("maps a product to a console row with price range, stock and grades", () => {
    const row = productRow(orange, LOCATION)
    assert.equal(row.titleEn, "Fengjie navel orange")
    assert.equal(row.temperatureClass, "ambient")
    assert.equal(row.priceMin, 39.9)
    assert.equal(row.priceMax, 129)
    assert.equal(row.available, 8, "sum over tracked variants only")
    assert.deepEqual(row.variants[0].grade, {
      level: "特级",
      levelEn: "Premium",
      standard: null,
    })
    assert.equal(productName(row, "en"), "Fengjie navel orange")
    assert.equal(productName(row, "zh-CN"), "奉节脐橙")
    const bare = productRow(
      { ...orange, metadata: null, variants: [] },
      LOCATION
    )
    assert.equal(bare.available, null)
    assert.equal(bare.priceMin, null)
    assert.equal(bare.temperatureClass, "ambient")
  })

  it("names a grade's standard from the standards list", () => {
    const standards = [{ id: "gstd_1", code: "GB/T 21488-2008" }]
    assert.equal(
      gradeStandardCode(orange.variants![0].variant_grade!.level, standards),
      "GB/T 21488-2008"
    )
    assert.equal(
      gradeStandardCode({ standard: { code: "NY/T 699-2003" } }, standards),
      "NY/T 699-2003"
    )
    assert.equal(
      gradeStandardCode({ standard_id: "gstd_gone" }, standards),
      null
    )
    assert.equal(gradeStandardCode(null, standards), null)
  })

  it("writes criteria in symbols with their units", () => {
    assert.equal(criterionRule({ min: 70, max: 95, unit: "mm" }), "70–95 mm")
    assert.equal(criterionRule({ min: 11, unit: "%" }), "≥ 11%")
    assert.equal(criterionRule({ max: 0.3, unit: "cm2" }), "≤ 0.3 cm²")
    assert.equal(criterionRule({ min: 10, unit: "ratio" }), "≥ 10")
  })

  it("asks the API for at most three relations per fields path", () => {
    for (const path of [
      ...LIST_FIELDS.split(","),
      ...DETAIL_FIELDS.split(","),
    ]) {
      assert.ok(
        relationDepth(path) <= 3,
        `${path} expands ${relationDepth(path)} relations`
      )
    }
  })
})

const order = (overrides: Partial<ApiVendorOrder>): ApiVendorOrder => ({
  id: "order_1",
  display_id: 7,
  status: "pending",
  currency_code: "cny",
  created_at: "2026-12-01T02:00:00Z",
  total: 79.8,
  fulfillment_status: "not_fulfilled",
  items: [
    {
      id: "ordli_1",
      title: "奉节脐橙",
      subtitle: "2.5kg 尝鲜装",
      quantity: 2,
      unit_price: 39.9,
      total: 79.8,
      detail: { fulfilled_quantity: 0 },
    },
  ],
  shipping_methods: [
    {
      id: "ordsm_1",
      name: "自提·常温",
      amount: 0,
      data: { pickup_point_id: "pkpt_jfb", locker_consent: true },
    },
  ],
  fulfillments: [],
  ...overrides,
})

describe("co-op orders", () => {
  it("sends a pickup order to the customer's point", () => {
    const actions = orderActions(order({}))
    assert.equal(actions.delivery, "pickup")
    assert.equal(actions.pickupPointId, "pkpt_jfb")
    assert.equal(actions.canFulfil, true)
    assert.deepEqual(actions.fulfillments, [])
  })

  it("never offers ship or deliver on a pickup fulfilment: the point's staff do that", () => {
    const actions = orderActions(
      order({
        fulfillment_status: "fulfilled",
        items: [
          {
            id: "ordli_1",
            title: "奉节脐橙",
            quantity: 2,
            unit_price: 39.9,
            total: 79.8,
            detail: { fulfilled_quantity: 2 },
          },
        ],
        fulfillments: [{ id: "ful_1", packed_at: "2026-12-01T03:00:00Z" }],
      })
    )
    assert.equal(actions.canFulfil, false)
    assert.equal(actions.fulfillments[0].state, "packed")
    assert.equal(actions.fulfillments[0].next, null)
  })

  it("walks a delivery order through ship, then deliver", () => {
    const delivery = {
      shipping_methods: [
        { id: "ordsm_2", name: "冷链配送", amount: 12, data: {} },
      ],
    }
    const packed = orderActions(
      order({
        ...delivery,
        fulfillments: [
          {
            id: "ful_1",
            packed_at: "x",
            labels: [{ tracking_number: "SF123" }],
          },
        ],
      })
    )
    assert.equal(packed.delivery, "delivery")
    assert.equal(packed.fulfillments[0].next, "ship")
    assert.deepEqual(packed.fulfillments[0].tracking, ["SF123"])
    const shipped = orderActions(
      order({
        ...delivery,
        fulfillments: [{ id: "ful_1", packed_at: "x", shipped_at: "y" }],
      })
    )
    assert.equal(shipped.fulfillments[0].next, "deliver")
    const delivered = orderActions(
      order({
        ...delivery,
        fulfillments: [
          { id: "ful_1", packed_at: "x", shipped_at: "y", delivered_at: "z" },
        ],
      })
    )
    assert.equal(delivered.fulfillments[0].state, "delivered")
    assert.equal(delivered.fulfillments[0].next, null)
  })

  it("offers nothing on a canceled order", () => {
    const actions = orderActions(order({ status: "canceled" }))
    assert.equal(actions.canFulfil, false)
  })

  it("summarises the lines", () => {
    assert.equal(itemsSummary(order({})), "奉节脐橙 2.5kg 尝鲜装 × 2")
  })
})

describe("co-op order stages and parcels", () => {
  it("takes the API's stage, else derives it from Medusa's statuses", () => {
    assert.equal(orderStage(order({ stage: "shipped" })), "shipped")
    assert.equal(
      orderStage(
        order({ status: "canceled", fulfillment_status: "fulfilled" })
      ),
      "canceled"
    )
    assert.equal(
      orderStage(order({ fulfillment_status: "partially_fulfilled" })),
      "to_fulfil"
    )
    assert.equal(
      orderStage(order({ fulfillment_status: "partially_shipped" })),
      "fulfilled"
    )
    assert.equal(
      orderStage(order({ fulfillment_status: "delivered" })),
      "delivered"
    )
  })

  it("reads ?status= as known stages only", () => {
    assert.deepEqual(stageParam("to_fulfil"), ["to_fulfil"])
    assert.deepEqual(stageParam(["delivered", "shipped,nope"]), [
      "shipped",
      "delivered",
    ])
    assert.deepEqual(stageParam(undefined), [])
    assert.deepEqual(stageParam("<script>"), [])
  })

  it("prefers the point the API names", () => {
    const pickup = {
      point: { id: "pkpt_api" },
      zone: "ambient",
      arrival_date: null,
      parcel: null,
    }
    assert.equal(orderPickupPointId(order({ pickup })), "pkpt_api")
    assert.equal(orderPickupPointId(order({ pickup: null })), "pkpt_jfb")
  })

  const parcel = {
    id: "pcl_1",
    status: "awaiting_arrival" as const,
    zone: "ambient",
    sent_at: "2026-12-01T03:00:00Z",
    eta: "2026-12-01T10:00:00Z",
    ready_at: null,
    deadline_at: null,
    picked_up_at: null,
    overdue_at: null,
    returns_at: null,
    returned_at: null,
  }
  const keys = (p: typeof parcel | Record<string, unknown>) =>
    parcelSteps(p as typeof parcel).map(
      (s) => `${s.key}${s.expected ? "?" : ""}`
    )

  it("lists a parcel's times in the order they happen, expected ones marked", () => {
    assert.deepEqual(keys(parcel), ["sent", "eta?"])
    const ready = {
      ...parcel,
      status: "ready_for_pickup",
      ready_at: "a",
      deadline_at: "b",
    }
    assert.deepEqual(keys(ready), ["sent", "ready", "deadline?"])
    assert.deepEqual(
      keys({ ...ready, status: "picked_up", picked_up_at: "c" }),
      ["sent", "ready", "pickedUp"]
    )
    const overdue = {
      ...ready,
      status: "overdue",
      overdue_at: "c",
      returns_at: "d",
    }
    assert.deepEqual(keys(overdue), [
      "sent",
      "ready",
      "deadline?",
      "overdue",
      "returnsAt?",
    ])
    assert.deepEqual(
      keys({ ...overdue, status: "returned", returned_at: "e" }),
      ["sent", "ready", "overdue", "returned"]
    )
  })
})

const NOW = new Date("2026-12-01T10:00:00Z")
const day = (offset: number) =>
  new Date(NOW.getTime() + offset * 86400000).toISOString()

describe("co-op claims", () => {
  it("offers only brands with an authorization in force now, each once", () => {
    const brand = (handle: string) => ({
      id: `brnd_${handle}`,
      handle,
      name_zh: handle,
    })
    const brands = authorizedBrands(
      [
        {
          id: "a1",
          valid_from: day(-30),
          valid_to: day(300),
          status: "valid",
          brand: brand("fengjie-navel-orange"),
        },
        {
          id: "a2",
          valid_from: day(-400),
          valid_to: day(-1),
          status: "expired",
          brand: brand("fuling-zhacai"),
        },
        {
          id: "a3",
          valid_from: day(5),
          valid_to: day(300),
          status: "valid",
          brand: brand("not-yet"),
        },
        {
          id: "a4",
          valid_from: day(-10),
          valid_to: day(10),
          status: "expiring",
          brand: brand("fengjie-navel-orange"),
        },
        {
          id: "a5",
          valid_from: day(-10),
          valid_to: day(10),
          status: "expired",
          brand: brand("marked-expired"),
        },
      ],
      NOW
    )
    assert.deepEqual(
      brands.map((b) => b.handle),
      ["fengjie-navel-orange"]
    )
  })

  it("lists the co-op's and this product's certificates, with why one cannot be attached", () => {
    const cert = (id: string, extra: object) => ({
      id,
      type: "green_food",
      number: id,
      issuer: "中国绿色食品发展中心",
      subject_type: "vendor" as const,
      subject_id: "ven_1",
      valid_from: day(-100),
      valid_to: day(100),
      status: "valid" as const,
      review_status: "approved" as const,
      ...extra,
    })
    const choices = certificateChoices(
      [
        cert("coop", {}),
        cert("mine", {
          subject_type: "product",
          subject_id: "prod_orange",
          review_status: "pending",
        }),
        cert("theirs", { subject_type: "product", subject_id: "prod_pomelo" }),
        cert("old", { valid_to: day(-1), status: "expired" }),
        cert("refused", { review_status: "rejected" }),
        cert("future", { valid_from: day(3) }),
      ],
      {
        id: "prod_orange",
        certifications: [
          {
            id: "old",
            type: "green_food",
            number: "old",
            issuer: "x",
            valid_from: day(-400),
            valid_to: day(-1),
          },
        ],
      },
      NOW
    )
    assert.deepEqual(
      choices.map((c) => [c.id, c.attached, c.blocked]),
      [
        ["coop", false, null],
        ["mine", false, null],
        ["old", true, "expired"],
        ["refused", false, "rejected"],
        ["future", false, "not_yet_valid"],
      ]
    )
  })
})

describe("co-op roles", () => {
  it("matches what the API lets each role do", () => {
    assert.deepEqual(permissions("owner", "active"), {
      editCatalogue: true,
      createProducts: true,
      setStock: true,
      claim: true,
      fulfil: true,
      manageMembers: true,
    })
    const staff = permissions("staff", "active")
    assert.equal(staff.editCatalogue, false)
    assert.equal(staff.claim, false)
    assert.equal(staff.setStock, true)
    assert.equal(staff.fulfil, true)
    assert.equal(staff.manageMembers, false)
    assert.equal(permissions("manager", "active").manageMembers, false)
    const pending = permissions("owner", "pending_review")
    assert.equal(pending.createProducts, true, "drafts while under review")
    assert.equal(pending.setStock, false, "no stock location yet")
    assert.equal(permissions("owner", "suspended").createProducts, false)
    assert.equal(permissions("owner", "closed").editCatalogue, false)
  })
})
