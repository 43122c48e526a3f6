import {
  countProductsByStatus,
  publicVendorProducts,
  vendorListFilters,
  vendorRegion,
} from "../vendor-views"

describe("vendorRegion", () => {
  it("names a GB/T 2260 region in Chinese and English", () => {
    expect(vendorRegion("500236")).toEqual({
      code: "500236",
      name: "奉节县",
      name_en: "Fengjie County",
    })
  })

  it("is null for unknown or missing codes", () => {
    expect(vendorRegion("999999")).toBeNull()
    expect(vendorRegion(null)).toBeNull()
  })
})

describe("countProductsByStatus", () => {
  it("counts products per status", () => {
    expect(
      countProductsByStatus([
        { status: "published" },
        { status: "published" },
        { status: "draft" },
        null,
      ])
    ).toEqual({ total: 3, published: 2, draft: 1, proposed: 0, rejected: 0 })
  })

  it("counts nothing for a co-op without products", () => {
    expect(countProductsByStatus(undefined).total).toBe(0)
  })
})

describe("publicVendorProducts", () => {
  const product = (over: Record<string, unknown>) => ({
    id: "prod_1",
    title: "奉节脐橙",
    handle: "b",
    thumbnail: null,
    status: "published",
    sales_channels: [{ id: "sc_store" }],
    ...over,
  })

  it("keeps published products in the key's channels, sorted by handle, with public fields only", () => {
    const result = publicVendorProducts(
      [
        product({ id: "prod_b", handle: "b" }),
        product({ id: "prod_a", handle: "a", thumbnail: "https://x/a.jpg" }),
        product({ id: "prod_draft", status: "draft" }),
        product({ id: "prod_other", sales_channels: [{ id: "sc_other" }] }),
      ],
      ["sc_store"]
    )
    expect(result).toEqual([
      {
        id: "prod_a",
        title: "奉节脐橙",
        handle: "a",
        thumbnail: "https://x/a.jpg",
      },
      { id: "prod_b", title: "奉节脐橙", handle: "b", thumbnail: null },
    ])
  })
})

describe("vendorListFilters", () => {
  it("passes exact filters through and matches q against name or handle", () => {
    expect(
      vendorListFilters({
        status: ["active", "suspended"],
        kind: "cooperative",
        region_code: "500102",
        q: "榨菜",
      })
    ).toEqual({
      status: ["active", "suspended"],
      kind: "cooperative",
      region_code: "500102",
      $or: [{ name: { $ilike: "%榨菜%" } }, { handle: { $ilike: "%榨菜%" } }],
    })
  })

  it("escapes LIKE wildcards in q", () => {
    expect(vendorListFilters({ q: "100%_a" }).$or).toEqual([
      { name: { $ilike: "%100\\%\\_a%" } },
      { handle: { $ilike: "%100\\%\\_a%" } },
    ])
  })

  it("filters nothing without parameters", () => {
    expect(vendorListFilters({})).toEqual({})
  })
})
