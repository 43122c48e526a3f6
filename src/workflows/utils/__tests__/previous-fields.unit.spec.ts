import { previousFields } from "../previous-fields"

describe("previousFields", () => {
  it("returns the current values of the fields the update changes", () => {
    const before = {
      id: "brnd_1",
      name_zh: "奉节脐橙",
      holder: "奉节县",
      gi_number: null,
    }
    expect(
      previousFields(before, { name_zh: "新名", gi_number: "AGI00001" })
    ).toEqual({
      name_zh: "奉节脐橙",
      gi_number: null,
    })
  })

  it("returns nothing for an empty update", () => {
    expect(previousFields({ id: "x", a: 1 }, {})).toEqual({})
  })
})
