import { shipmentLabels } from "../utils/shipment-labels"

describe("shipmentLabels", () => {
  const saved = [
    { tracking_number: "SF1234567890", tracking_url: null, label_url: "" },
    { tracking_number: "", tracking_url: "", label_url: "" },
  ]

  it("keeps the saved tracking numbers when the shipment gives none", () => {
    expect(shipmentLabels(undefined, saved)).toEqual([
      { tracking_number: "SF1234567890", tracking_url: "", label_url: "" },
    ])
    expect(shipmentLabels(null, [])).toEqual([])
  })

  it("replaces them with the labels given, even an empty list", () => {
    const given = [
      {
        tracking_number: "YT987",
        tracking_url: "https://t.example/YT987",
        label_url: "",
      },
    ]
    expect(shipmentLabels(given, saved)).toEqual(given)
    expect(shipmentLabels([], saved)).toEqual([])
  })
})
