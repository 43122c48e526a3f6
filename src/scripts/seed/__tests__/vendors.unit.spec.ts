import { creditCodeProblem } from "../../../modules/marketplace/utils/credit-code"
import { findRegion } from "../../../modules/marketplace/utils/regions"
import { planCatalogue } from "../catalogue"
import {
  readDemoFile,
  type DemoProduct,
  type DemoUsers,
  type DemoVendor,
  type VendorSetup,
} from "../data"

describe("data/demo/vendors.json", () => {
  const { vendors } = readDemoFile<{ vendors: DemoVendor[] }>("vendors.json")
  const { products } = readDemoFile<{ products: DemoProduct[] }>(
    "products.json"
  )
  const users = readDemoFile<DemoUsers>("users.json")

  it("has at least 8 co-ops in Chongqing, one still pending review", () => {
    expect(vendors.length).toBeGreaterThanOrEqual(8)
    expect(vendors.filter((v) => v.status === "pending_review")).toHaveLength(1)
    for (const vendor of vendors) {
      expect(findRegion(vendor.region_code)?.parent).toBe("500000")
    }
  })

  it.each(
    readDemoFile<{ vendors: DemoVendor[] }>("vendors.json").vendors.map(
      (v) => [v.handle, v] as const
    )
  )("%s has a valid credit code and GB/T 2260 region code", (_, vendor) => {
    expect(creditCodeProblem(vendor.credit_code)).toBeNull()
    expect(findRegion(vendor.region_code)).toBeDefined()
    // Characters 3-8 of a credit code are the registering authority's region.
    expect(vendor.credit_code.slice(2, 8)).toBe(vendor.region_code)
  })

  it("uses each handle, credit code and owner email once", () => {
    for (const key of ["handle", "credit_code"] as const) {
      const values = vendors.map((v) => v[key])
      expect(new Set(values).size).toBe(values.length)
    }
    const emails = vendors.map((v) => v.owner.email)
    expect(new Set(emails).size).toBe(emails.length)
  })

  it("gives every demo product an active co-op from its own district or county", () => {
    for (const product of products) {
      const vendor = vendors.find((v) => v.handle === product.vendor)
      expect({ product: product.handle, status: vendor?.status }).toEqual({
        product: product.handle,
        status: "active",
      })
      expect(vendor!.region_code).toBe(product.origin_region_code)
    }
  })

  it("prints the first active co-op's owner as the demo co-op login", () => {
    const first = vendors.find((v) => v.status === "active")!
    expect(users.vendor).toEqual({
      email: first.owner.email,
      password: first.owner.password,
    })
  })
})

describe("planCatalogue", () => {
  const setup = {
    shippingProfileId: "sp_platform",
    stockLocationId: "sloc_hub",
  }
  const product = (handle: string, vendor?: string) =>
    ({ handle, vendor, variants: [] }) as unknown as DemoProduct
  const vendors = new Map<string, VendorSetup>([
    [
      "coop-a",
      {
        vendorId: "ven_a",
        shippingProfileId: "sp_a",
        stockLocationId: "sloc_a",
      },
    ],
    [
      "coop-pending",
      { vendorId: "ven_p", shippingProfileId: null, stockLocationId: null },
    ],
  ])

  it("sells a product through its approved co-op, else through the platform", () => {
    const { create } = planCatalogue(
      [product("a", "coop-a"), product("p", "coop-pending"), product("x")],
      [],
      setup,
      vendors
    )
    expect(create.map((c) => [c.product.handle, c.seller])).toEqual([
      [
        "a",
        {
          vendorId: "ven_a",
          shippingProfileId: "sp_a",
          stockLocationId: "sloc_a",
        },
      ],
      [
        "p",
        {
          vendorId: null,
          shippingProfileId: "sp_platform",
          stockLocationId: "sloc_hub",
        },
      ],
      [
        "x",
        {
          vendorId: null,
          shippingProfileId: "sp_platform",
          stockLocationId: "sloc_hub",
        },
      ],
    ])
  })

  it("keeps existing products, and moves unlinked ones to their co-op", () => {
    const { create, adopt } = planCatalogue(
      [product("a", "coop-a"), product("b", "coop-a"), product("x")],
      [
        { id: "prod_a", handle: "a", vendor_id: null },
        { id: "prod_b", handle: "b", vendor_id: "ven_a" },
        { id: "prod_x", handle: "x", vendor_id: null },
      ],
      setup,
      vendors
    )
    expect(create).toEqual([])
    expect(adopt.map((a) => [a.productId, a.seller.vendorId])).toEqual([
      ["prod_a", "ven_a"],
    ])
  })

  it("treats every product as the platform's without co-ops", () => {
    const { create } = planCatalogue([product("a", "coop-a")], [], setup)
    expect(create[0].seller.vendorId).toBeNull()
  })
})
