import {
  beijingDate,
  beijingTime,
  csvCell,
  dateBound,
  payoutLinesCsv,
  sumLines,
  totalsStatuses,
} from "../report"

describe("payout-lines report helpers", () => {
  it("leaves cancelled lines out of the totals unless they are asked for", () => {
    expect(totalsStatuses()).toEqual(["pending", "payable", "paid"])
    expect(totalsStatuses("cancelled")).toEqual(["cancelled"])
    expect(totalsStatuses(["paid", "cancelled"])).toEqual(["paid", "cancelled"])
  })

  it("sums amounts exactly", () => {
    expect(
      sumLines([
        { gross: 0.1, commission: 0.01, net: 0.09 },
        { gross: 0.2, commission: "0.02", net: 0.18 },
      ])
    ).toEqual({ gross: 0.3, commission: 0.03, net: 0.27 })
    expect(sumLines([])).toEqual({ gross: 0, commission: 0, net: 0 })
  })

  it("reads a bare day as a whole day in Beijing time", () => {
    expect(dateBound("2026-11-30", "from").toISOString()).toBe(
      "2026-11-29T16:00:00.000Z"
    )
    expect(dateBound("2026-11-30", "to").toISOString()).toBe(
      "2026-11-30T15:59:59.999Z"
    )
    expect(dateBound("2026-11-30T10:00:00Z", "to").toISOString()).toBe(
      "2026-11-30T10:00:00.000Z"
    )
  })

  it("formats timestamps as Beijing wall-clock time", () => {
    expect(beijingTime("2026-11-30T17:05:00Z")).toBe("2026-12-01 01:05:00")
    expect(beijingTime(null)).toBe("")
    expect(beijingDate(new Date("2026-11-30T17:05:00Z"))).toBe("2026-12-01")
  })

  it("quotes cells that need it and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain")
    expect(csvCell('奉节, "特级"')).toBe('"奉节, ""特级"""')
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)")
    expect(csvCell("-12.50")).toBe("-12.50")
    expect(csvCell(null)).toBe("")
  })

  it("writes a BOM, a bilingual header and one row per line", () => {
    const csv = payoutLinesCsv([
      {
        id: "pline_1",
        vendor_id: "ven_1",
        vendor_name: "奉节县脐橙专业合作社",
        order_id: "order_1",
        order_display_id: 7,
        status: "payable",
        currency_code: "cny",
        gross: 147.8,
        commission: 6.99,
        net: 140.81,
        delivered_at: "2026-11-28T02:00:00Z",
        payable_after: "2026-11-30T02:00:00Z",
        paid_at: null,
        payout_id: null,
        created_at: "2026-11-27T02:00:00Z",
      },
    ])
    expect(csv.startsWith("\uFEFF结算行编号 / line_id,")).toBe(true)
    const rows = csv.slice(1).trim().split("\r\n")
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain("应付金额 / net")
    expect(rows[1]).toBe(
      "pline_1,ven_1,奉节县脐橙专业合作社,order_1,7,payable,CNY,147.80,6.99,140.81,2026-11-28 10:00:00,2026-11-30 10:00:00,,,2026-11-27 10:00:00"
    )
  })
})
