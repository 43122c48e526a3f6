import {
  notSellingMessage,
  vendorProductProblem,
} from "../utils/vendor-product-rules"

const coop = (status: string) => ({
  id: "ven_1",
  name: "奉节县脐橙专业合作社",
  status,
})

describe("vendorProductProblem", () => {
  it("lets an active co-op do anything", () => {
    for (const action of ["create", "update", "delete", "stock"] as const) {
      expect(vendorProductProblem(coop("active"), action, ["published"])).toBe(
        undefined
      )
    }
  })

  it("keeps a co-op under review to drafts", () => {
    expect(
      vendorProductProblem(coop("pending_review"), "create", ["draft"])
    ).toBe(undefined)
    expect(
      vendorProductProblem(coop("pending_review"), "create", ["published"])
    ).toMatch(/pending review.*status "published" needs an active/)
    expect(
      vendorProductProblem(coop("pending_review"), "update", ["proposed"])
    ).toMatch(/pending review/)
    expect(vendorProductProblem(coop("pending_review"), "update", [])).toBe(
      undefined
    )
  })

  it("lets a suspended co-op edit and restock but not add or publish", () => {
    const suspended = coop("suspended")
    expect(vendorProductProblem(suspended, "create", ["draft"])).toMatch(
      /suspended and cannot add products/
    )
    expect(vendorProductProblem(suspended, "update", ["published"])).toMatch(
      /suspended/
    )
    expect(vendorProductProblem(suspended, "update", [])).toBe(undefined)
    expect(vendorProductProblem(suspended, "stock")).toBe(undefined)
  })

  it("lets rejected and closed co-ops only delete", () => {
    for (const status of ["rejected", "closed"]) {
      expect(vendorProductProblem(coop(status), "create", ["draft"])).toMatch(
        new RegExp(`is ${status} and cannot create products`)
      )
      expect(vendorProductProblem(coop(status), "stock")).toMatch(
        /cannot change stock/
      )
      expect(vendorProductProblem(coop(status), "delete")).toBe(undefined)
    }
  })
})

describe("notSellingMessage", () => {
  it("names each product and its co-op", () => {
    expect(
      notSellingMessage([
        {
          product_id: "prod_1",
          product_title: "奉节脐橙",
          vendor_id: "ven_1",
          vendor_name: "奉节县脐橙专业合作社",
          vendor_status: "suspended",
        },
      ])
    ).toMatch(
      /"奉节脐橙" \(prod_1\) of co-op "奉节县脐橙专业合作社" \(suspended\)/
    )
  })
})
