import fs from "node:fs"
import path from "node:path"
import { ProductStatus } from "@medusajs/framework/utils"
import { toProductInput } from "../catalogue"
import { readDemoFile, type DemoProduct } from "../data"

const setup = { salesChannelId: "sc_1", shippingProfileId: "sp_1" }

describe("toProductInput", () => {
  const orange: DemoProduct = {
    handle: "fengjie-navel-orange",
    title: "奉节脐橙",
    title_en: "Fengjie navel orange",
    subtitle: "Fengjie navel orange",
    description: "长江三峡奉节县的脐橙",
    description_en: "Navel oranges from Fengjie",
    origin_region_code: "500236",
    temperature_class: "ambient",
    weight_option: "规格",
    variants: [
      { title: "5kg", sku: "FJQC-5000", weight: 5000, price: 69.9, stock: 3 },
      { title: "10kg", sku: "FJQC-10000", weight: 10000, price: 129, stock: 1 },
    ],
  }

  it("publishes the product in the store's channel and shipping profile", () => {
    const input = toProductInput(orange, setup, "cny")
    expect(input).toMatchObject({
      title: "奉节脐橙",
      handle: "fengjie-navel-orange",
      status: ProductStatus.PUBLISHED,
      shipping_profile_id: "sp_1",
      sales_channels: [{ id: "sc_1" }],
    })
  })

  it("prices each variant in major units of the store currency", () => {
    const input = toProductInput(orange, setup, "cny")
    expect(input.variants.map((v) => v.prices)).toEqual([
      [{ amount: 69.9, currency_code: "cny" }],
      [{ amount: 129, currency_code: "cny" }],
    ])
    expect(input.options).toEqual([{ title: "规格", values: ["5kg", "10kg"] }])
    expect(input.variants[1].options).toEqual({ 规格: "10kg" })
  })

  it("sets the pictures in order, the first as the thumbnail", () => {
    const input = toProductInput(
      {
        ...orange,
        images: ["/demo/products/a-1.webp", "/demo/products/a-2.webp"],
      },
      setup,
      "cny"
    )
    expect(input.images).toEqual([
      { url: "/demo/products/a-1.webp" },
      { url: "/demo/products/a-2.webp" },
    ])
    expect(input.thumbnail).toBe("/demo/products/a-1.webp")
    expect(toProductInput(orange, setup, "cny")).toMatchObject({
      images: [],
      thumbnail: null,
    })
  })

  it("keeps English names and the origin code in metadata", () => {
    expect(toProductInput(orange, setup, "cny").metadata).toEqual({
      title_en: "Fengjie navel orange",
      description_en: "Navel oranges from Fengjie",
      origin_region_code: "500236",
      temperature_class: "ambient",
    })
  })
})

describe("data/demo/products.json", () => {
  const { products } = readDemoFile<{ products: DemoProduct[] }>(
    "products.json"
  )

  it("holds Chongqing products with unique handles and SKUs", () => {
    const handles = products.map((p) => p.handle)
    const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(handles).size).toBe(handles.length)
    expect(new Set(skus).size).toBe(skus.length)
    expect(handles).toEqual(
      expect.arrayContaining(["fengjie-navel-orange", "fuling-zhacai"])
    )
    for (const product of products) {
      // GB/T 2260 codes for Chongqing's districts and counties start with 50.
      expect(product.origin_region_code).toMatch(/^50\d{4}$/)
      expect(product.title).toMatch(/\p{Script=Han}/u)
      for (const variant of product.variants) {
        expect(variant.price).toBeGreaterThan(0)
        expect(Number.isInteger(variant.stock)).toBe(true)
      }
    }
  })

  it("gives every product pictures that exist in the storefront", () => {
    for (const product of products) {
      expect(product.images?.length).toBeGreaterThan(0)
      for (const url of product.images ?? []) {
        expect(url).toMatch(/^\/demo\/products\/[a-z0-9-]+\.webp$/)
        const file = path.join(__dirname, "../../../../storefront/public", url)
        expect({ url, exists: fs.existsSync(file) }).toEqual({
          url,
          exists: true,
        })
      }
    }
  })
})
