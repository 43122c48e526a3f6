import {
  passwordMinLength,
  passwordProblem,
  PASSWORD_MAX_LENGTH,
} from "../password-policy"
import demoUsers from "../../../../data/demo/users.json"

describe("passwordProblem", () => {
  it("needs 10 characters for co-op members, pickup staff and admins", () => {
    for (const actor of ["vendor", "pickup", "user"]) {
      expect(passwordProblem(actor, "a")).toBe(
        "password must have at least 10 characters."
      )
      expect(passwordProblem(actor, "123456789")).toBe(
        "password must have at least 10 characters."
      )
      expect(passwordProblem(actor, "1234567890")).toBeNull()
    }
  })

  it("needs 8 characters for customers", () => {
    expect(passwordProblem("customer", "1234567")).toBe(
      "password must have at least 8 characters."
    )
    expect(passwordProblem("customer", "12345678")).toBeNull()
  })

  it("applies the stricter rule to an actor it does not know", () => {
    expect(passwordMinLength("someone")).toBe(10)
    expect(passwordMinLength(undefined)).toBe(10)
  })

  it("refuses a missing or non-string password, and one past the cap", () => {
    expect(passwordProblem("customer", undefined)).toBe(
      "password must be a string."
    )
    expect(passwordProblem("customer", 12345678)).toBe(
      "password must be a string."
    )
    expect(
      passwordProblem("customer", "x".repeat(PASSWORD_MAX_LENGTH + 1))
    ).toBe(`password must have at most ${PASSWORD_MAX_LENGTH} characters.`)
  })

  it("accepts every demo login's password", () => {
    for (const [actor, login] of [
      ["user", demoUsers.admin],
      ["vendor", demoUsers.vendor],
      ["pickup", demoUsers.pickup],
      ["customer", demoUsers.customer],
    ] as const) {
      expect(passwordProblem(actor, login.password)).toBeNull()
    }
  })
})
