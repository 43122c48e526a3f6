import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { groupItemsByVendor, lineTitle } from "../../data/cart"
import {
  orderCoopName,
  orderLineNames,
  type StoreOrder,
} from "../../data/orders"
import { relationDepth, storeFields } from "../fields"
import { href, switchLocaleHref } from "../href"
import { catalogueQuery, filtersFromSearchParams, toggleFilter } from "../query"
import { cheapestInStock } from "../variants"

describe("storeFields", () => {
  it("counts the relations a fields path expands", () => {
    assert.equal(relationDepth("*items"), 1)
    assert.equal(relationDepth("*payment_collection.payment_sessions"), 2)
    assert.equal(relationDepth("items.product.vendor.name"), 3)
    assert.equal(relationDepth("id"), 0)
  })
  it("refuses a path deeper than storeRelationsLimit 3", () => {
    assert.throws(
      () => storeFields("id", "items.variant.options.option.title"),
      /expands 4 relations/
    )
  })
})

describe("catalogue filters", () => {
  it("reads list filters, sort and page from the URL", () => {
    const filters = filtersFromSearchParams(
      { grade: "special,first", sort: "price_asc", page: "2", bogus: "x" },
      24
    )
    assert.deepEqual(filters, {
      limit: 24,
      grade: ["special", "first"],
      sort: "price_asc",
      offset: 24,
    })
    assert.deepEqual(catalogueQuery(filters), {
      limit: "24",
      grade: "special,first",
      sort: "price_asc",
      offset: "24",
    })
  })
  it("drops filter values the catalogue would refuse, keeping the good ones", () => {
    assert.deepEqual(
      filtersFromSearchParams({
        certification: "x,organic",
        region: "5002,500236",
        grade: "<script>",
        page: "-3",
      }),
      { limit: 24, certification: ["organic"], region: ["500236"] }
    )
    assert.equal(filtersFromSearchParams({ page: "99999" }).offset, undefined)
  })
  it("drops an unknown sort", () => {
    assert.equal(
      filtersFromSearchParams({ sort: "drop table" }).sort,
      undefined
    )
  })
  it("toggles one value and keeps the other filters, resetting the page", () => {
    assert.equal(
      toggleFilter({ grade: "a", region: "500236", page: "3" }, "grade", "b"),
      "?region=500236&grade=a%2Cb"
    )
    assert.equal(toggleFilter({ grade: "a" }, "grade", "a"), "?")
  })
})

describe("groupItemsByVendor", () => {
  it("groups cart lines by co-op with a subtotal each", () => {
    const coopA = { id: "ven_a", handle: "a", name: "A" }
    const coopB = { id: "ven_b", handle: "b", name: "B" }
    const items = [
      { id: "1", product_id: "p1", total: 10 },
      { id: "2", product_id: "p2", total: 5 },
      { id: "3", product_id: "p1", total: 2.5 },
    ] as never[]
    const groups = groupItemsByVendor(items, { p1: coopA, p2: coopB })
    assert.deepEqual(
      groups.map((g) => [g.vendor?.id, g.items.length, g.subtotal]),
      [
        ["ven_a", 2, 12.5],
        ["ven_b", 1, 5],
      ]
    )
  })
  it("reads a line's title in English when the product has one", () => {
    const items = [
      { id: "1", product_id: "p1", product_title: "梁平柚", title: "2 个装" },
      { id: "2", product_id: "p2", product_title: "城口老腊肉", title: "1kg" },
    ] as never[]
    const [group] = groupItemsByVendor(items, {}, { p1: "Liangping pomelo" })
    assert.equal(lineTitle(items[0], group, "en"), "Liangping pomelo")
    assert.equal(lineTitle(items[0], group, "zh-CN"), "梁平柚")
    assert.equal(lineTitle(items[1], group, "en"), "城口老腊肉")
  })
})

describe("href", () => {
  it("keeps zh-CN unprefixed and puts English under /en", () => {
    assert.equal(href("zh-CN", "/store"), "/store")
    assert.equal(href("en", "/"), "/en")
    assert.equal(switchLocaleHref("zh-CN", "/cart"), "/en/cart")
    assert.equal(switchLocaleHref("zh-CN", "/"), "/en")
  })
  it("switches language on the same page, keeping the query", () => {
    assert.equal(
      switchLocaleHref("zh-CN", "/store", "?region=500236&q=%E6%A9%99"),
      "/en/store?region=500236&q=%E6%A9%99"
    )
    assert.equal(
      switchLocaleHref("en", "/en/order/confirmed", "group=3&orders=order_1"),
      "/order/confirmed?group=3&orders=order_1"
    )
  })
  it("goes back to Chinese by the plain path: the URL decides, no cookie", () => {
    assert.equal(switchLocaleHref("en", "/en/products/x"), "/products/x")
    assert.equal(switchLocaleHref("en", "/en"), "/")
    assert.equal(switchLocaleHref("en", "/en", "?"), "/")
  })
})

describe("cheapestInStock", () => {
  it("preselects the cheapest variant in stock, whatever the order shown", () => {
    const variants = [
      { id: "premium", amount: 89, inStock: true },
      { id: "first", amount: 66, inStock: true },
      { id: "second", amount: 45, inStock: false },
      { id: "unpriced", amount: null, inStock: true },
    ]
    assert.equal(cheapestInStock(variants), "first")
    assert.equal(
      cheapestInStock(variants.map((v) => ({ ...v, inStock: false }))),
      undefined
    )
  })
})

describe("orderLineNames and orderCoopName", () => {
  const item = {
    id: "li_1",
    title: "奉节脐橙",
    product_id: "prod_1",
    variant_id: "var_1",
    variant_title: "5kg 家庭装",
    subtitle: "5kg 家庭装",
    quantity: 1,
    unit_price: 69.9,
    total: 69.9,
  }
  const order = {
    vendor: { id: "ven_1", name: "奉节县夔门脐橙种植专业合作社", handle: "fj" },
    items: [item],
  } as unknown as StoreOrder
  const names = {
    products: { prod_1: "Fengjie navel orange" },
    variants: { var_1: "5 kg family box" },
    vendors: { ven_1: "Fengjie Kuimen Navel Orange Growers' Co-op" },
  }
  const none = { products: {}, variants: {}, vendors: {} }

  it("names an order line and its co-op in English where the _en names exist", () => {
    assert.deepEqual(orderLineNames(item, names), {
      title: "Fengjie navel orange",
      variant: "5 kg family box",
    })
    assert.equal(
      orderCoopName(order, names),
      "Fengjie Kuimen Navel Orange Growers' Co-op"
    )
  })
  it("keeps the Chinese names the line was bought under otherwise", () => {
    assert.deepEqual(orderLineNames(item, none), {
      title: "奉节脐橙",
      variant: "5kg 家庭装",
    })
    assert.equal(orderCoopName(order, none), "奉节县夔门脐橙种植专业合作社")
  })
})
