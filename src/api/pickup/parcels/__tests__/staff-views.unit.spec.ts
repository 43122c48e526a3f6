import {
  maskName,
  parseParcelSearch,
  phoneTail,
  staffOrderView,
} from "../staff-views"

describe("parseParcelSearch", () => {
  it("reads order numbers, with or without #", () => {
    expect(parseParcelSearch("31")).toEqual({ display_id: 31 })
    expect(parseParcelSearch(" #1024 ")).toEqual({ display_id: 1024 })
  })

  it("reads four digits as an order number or a phone tail", () => {
    expect(parseParcelSearch("5678")).toEqual({
      display_id: 5678,
      phone_tail: "5678",
    })
    expect(parseParcelSearch("0000")).toEqual({ phone_tail: "0000" })
  })

  it("reads compartments however they are typed", () => {
    for (const typed of ["C-03", "c3", "C03", "ｃ－０３", " c 03 "]) {
      expect(parseParcelSearch(typed)).toEqual({ compartment: "C-03" })
    }
    expect(parseParcelSearch("F-112")).toEqual({ compartment: "F-112" })
  })

  it("reads full-width digits and parcel ids", () => {
    expect(parseParcelSearch("３１")).toEqual({ display_id: 31 })
    expect(parseParcelSearch("pcl_01abc")).toEqual({ parcel_id: "pcl_01ABC" })
  })

  it("matches nothing for other text", () => {
    expect(parseParcelSearch("李晓梅")).toEqual({})
    expect(parseParcelSearch("B-01")).toEqual({})
    expect(parseParcelSearch("1234567890123")).toEqual({})
  })
})

describe("maskName and phoneTail", () => {
  it("keeps the first and last character of a Chinese name", () => {
    expect(maskName("李晓梅")).toBe("李*梅")
    expect(maskName("欧阳娜娜")).toBe("欧**娜")
    expect(maskName("王五")).toBe("王*")
    expect(maskName("Mei Li")).toBe("M** L*")
    expect(maskName("  ")).toBeNull()
  })

  it("takes the last four digits of any phone format", () => {
    expect(phoneTail("+86 138 0013 5678")).toBe("5678")
    expect(phoneTail("023-6380-0000")).toBe("0000")
    expect(phoneTail("12")).toBeNull()
    expect(phoneTail(null)).toBeNull()
  })
})

describe("staffOrderView", () => {
  it("shows the number, a masked name, the phone tail and the items, never the full phone", () => {
    const view = staffOrderView({
      id: "order_1",
      display_id: 31,
      shipping_address: {
        first_name: "晓梅",
        last_name: "李",
        phone: "13800135678",
      },
      items: [
        { title: "奉节脐橙", variant_title: "5kg", detail: { quantity: 2 } },
        { title: "涪陵榨菜", quantity: 1 },
      ],
    })
    expect(view).toEqual({
      display_id: 31,
      customer_name: "李*梅",
      phone_last4: "5678",
      items: [
        { title: "奉节脐橙", variant_title: "5kg", quantity: 2 },
        { title: "涪陵榨菜", variant_title: null, quantity: 1 },
      ],
      item_count: 3,
    })
    expect(JSON.stringify(view)).not.toContain("13800135678")
    expect(staffOrderView(undefined)).toBeNull()
  })
})
