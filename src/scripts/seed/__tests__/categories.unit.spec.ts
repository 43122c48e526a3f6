import { flattenCategories } from "../categories"
import { readDemoFile, type DemoCategory, type DemoProduct } from "../data"

describe("flattenCategories", () => {
  it("lists parents before children, ranked among siblings in file order", () => {
    const rows = flattenCategories([
      {
        handle: "fruit",
        name: "水果",
        name_en: "Fruit",
        children: [
          { handle: "citrus", name: "柑橘橙柚", name_en: "Citrus" },
          { handle: "stone-fruit", name: "桃李杏", name_en: "Stone fruit" },
        ],
      },
      { handle: "tea", name: "茶叶", name_en: "Tea" },
    ])
    expect(rows).toEqual([
      {
        handle: "fruit",
        name: "水果",
        name_en: "Fruit",
        rank: 0,
        parent_handle: null,
      },
      {
        handle: "citrus",
        name: "柑橘橙柚",
        name_en: "Citrus",
        rank: 0,
        parent_handle: "fruit",
      },
      {
        handle: "stone-fruit",
        name: "桃李杏",
        name_en: "Stone fruit",
        rank: 1,
        parent_handle: "fruit",
      },
      {
        handle: "tea",
        name: "茶叶",
        name_en: "Tea",
        rank: 1,
        parent_handle: null,
      },
    ])
  })
})

describe("data/demo/categories.json", () => {
  const { categories } = readDemoFile<{ categories: DemoCategory[] }>(
    "categories.json"
  )
  const rows = flattenCategories(categories)

  it("has unique handles and a Chinese and an English name for each category", () => {
    expect(new Set(rows.map((r) => r.handle)).size).toBe(rows.length)
    for (const row of rows) {
      expect(row.name).toMatch(/\p{Script=Han}/u)
      expect(row.name_en).toMatch(/^[A-Z]/)
    }
    expect(rows.filter((r) => !r.parent_handle).map((r) => r.name)).toEqual(
      expect.arrayContaining([
        "水果",
        "蔬菜",
        "肉禽蛋",
        "粮油",
        "茶叶",
        "干货调味",
      ])
    )
  })

  it("puts every demo product into a leaf category", () => {
    const { products } = readDemoFile<{ products: DemoProduct[] }>(
      "products.json"
    )
    const leaves = new Set(
      rows
        .filter((r) => !rows.some((c) => c.parent_handle === r.handle))
        .map((r) => r.handle)
    )
    for (const product of products) {
      expect([product.handle, leaves.has(product.category ?? "")]).toEqual([
        product.handle,
        true,
      ])
    }
  })
})
