import { z } from "@medusajs/framework/zod"
import {
  badPriceAmounts,
  fieldName,
  MAX_PRICE_YUAN,
  PriceAmount,
  priceRuleBroken,
  refinePriceAmount,
} from "../price"
import { MAX_QUANTITY, WholeQuantity } from "../quantity"

const messages = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => i.message) ?? []

describe("priceRuleBroken", () => {
  it("accepts prices from 0.01 to 1,000,000 yuan in whole fen", () => {
    for (const amount of [0.01, 0.1, 1, 59.9, 49.99, 999999.99, 1_000_000]) {
      expect(priceRuleBroken(amount)).toBeNull()
    }
  })

  it.each([
    [0, "must be more than 0 yuan"],
    [-0, "must be more than 0 yuan"],
    [-0.01, "must be more than 0 yuan"],
    [-10, "must be more than 0 yuan"],
    [0.001, "must have at most 2 decimals (whole fen)"],
    [59.999, "must have at most 2 decimals (whole fen)"],
    [1_000_000.01, "must be at most 1000000 yuan"],
    [1e20, "must be at most 1000000 yuan"],
    [1e308, "must be at most 1000000 yuan"],
    [Number.MAX_VALUE, "must be at most 1000000 yuan"],
    [NaN, "must be a finite number of yuan"],
    [Infinity, "must be a finite number of yuan"],
    [-Infinity, "must be a finite number of yuan"],
    ["59.9", "must be a finite number of yuan"],
    [null, "must be a finite number of yuan"],
  ])("refuses %p: %s", (amount, rule) => {
    expect(priceRuleBroken(amount)).toBe(rule)
  })
})

describe("PriceAmount", () => {
  const Body = z.object({
    variants: z.array(
      z.object({ prices: z.array(z.object({ amount: PriceAmount })) })
    ),
  })
  const body = (amount: unknown) => ({
    variants: [{ prices: [{ amount: 10 }, { amount }] }],
  })

  it("names the field by its path and the rule it breaks", () => {
    expect(messages(Body.safeParse(body(1e308)))).toEqual([
      `variants[0].prices[1].amount must be at most ${MAX_PRICE_YUAN} yuan (got 1e+308).`,
    ])
    expect(messages(Body.safeParse(body(-0.01)))).toEqual([
      "variants[0].prices[1].amount must be more than 0 yuan (got -0.01).",
    ])
    expect(messages(Body.safeParse(body(0.001)))).toEqual([
      "variants[0].prices[1].amount must have at most 2 decimals (whole fen) (got 0.001).",
    ])
    expect(messages(Body.safeParse(body(NaN)))).toEqual([
      "variants[0].prices[1].amount must be a finite number of yuan (got NaN).",
    ])
  })

  it("passes a valid price through unchanged", () => {
    expect(Body.parse(body(59.9))).toEqual(body(59.9))
  })

  it("calls a field without a path amount", () => {
    expect(messages(PriceAmount.safeParse(0))).toEqual([
      "amount must be more than 0 yuan (got 0).",
    ])
  })
})

describe("refinePriceAmount", () => {
  it("adds the same message at the path it is given", () => {
    const Body = z
      .object({ amount: z.number() })
      .superRefine((b, ctx) =>
        refinePriceAmount(b.amount, ["variants", 2, "prices", 0, "amount"], ctx)
      )
    const result = Body.safeParse({ amount: 1e20 })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["variants", 2, "prices", 0, "amount"],
        message:
          "variants[2].prices[0].amount must be at most 1000000 yuan (got 100000000000000000000).",
      }),
    ])
    expect(Body.safeParse({ amount: 12.5 }).success).toBe(true)
  })
})

describe("badPriceAmounts", () => {
  it("names every bad amount at any depth, and nothing when all are prices", () => {
    expect(
      badPriceAmounts({
        title: "奉节脐橙",
        variants: [
          { prices: [{ amount: 59.9, currency_code: "cny" }] },
          { prices: [{ amount: -10 }, { amount: 1e308 }] },
        ],
      })
    ).toEqual([
      "variants[1].prices[0].amount must be more than 0 yuan (got -10).",
      "variants[1].prices[1].amount must be at most 1000000 yuan (got 1e+308).",
    ])
    expect(badPriceAmounts({ create: [{ amount: 0.001 }] })).toEqual([
      "create[0].amount must have at most 2 decimals (whole fen) (got 0.001).",
    ])
    expect(
      badPriceAmounts({ variants: [{ prices: [{ amount: 12 }, {}] }] })
    ).toEqual([])
    expect(badPriceAmounts(undefined)).toEqual([])
  })
})

describe("fieldName", () => {
  it("joins keys with dots and indexes in brackets", () => {
    expect(fieldName(["additional_data", "stock", "FJ-5KG"])).toBe(
      "additional_data.stock.FJ-5KG"
    )
    expect(fieldName(["items", 0, "quantity"])).toBe("items[0].quantity")
    expect(fieldName([])).toBe("")
  })
})

describe("WholeQuantity", () => {
  const Body = z.object({ stocked_quantity: WholeQuantity })

  it("accepts whole numbers from 0 to the cap", () => {
    for (const n of [0, 1, 250, MAX_QUANTITY]) {
      expect(Body.safeParse({ stocked_quantity: n }).success).toBe(true)
    }
  })

  it.each([
    [1.5, "stocked_quantity must be a whole number (got 1.5)."],
    [-1, "stocked_quantity must be 0 or more (got -1)."],
    [
      MAX_QUANTITY + 1,
      `stocked_quantity must be at most ${MAX_QUANTITY} (got ${MAX_QUANTITY + 1}).`,
    ],
    [1e308, `stocked_quantity must be at most ${MAX_QUANTITY} (got 1e+308).`],
    [NaN, "stocked_quantity must be a whole number."],
  ])("refuses %p", (n, message) => {
    expect(messages(Body.safeParse({ stocked_quantity: n }))).toEqual([message])
  })
})
