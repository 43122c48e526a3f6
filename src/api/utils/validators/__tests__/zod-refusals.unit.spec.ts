import { z } from "@medusajs/framework/zod"
import { PriceAmount } from "../price"
import { WholeQuantity } from "../quantity"
import { zodRefusals } from "../zod-refusals"

const refusalsOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input)
  if (result.success) {
    throw new Error("expected the input to be refused")
  }
  return zodRefusals(result.error.issues)
}

describe("zodRefusals", () => {
  const Body = z
    .object({
      title: z.string().min(2),
      kind: z.enum(["cooperative", "family_farm"]),
      count: z.number().max(10),
      email: z.email(),
      variants: z.array(z.object({ price: PriceAmount })),
      stock: WholeQuantity,
    })
    .strict()

  it("gives one refusal per issue: the path as a dot field, the code as the rule, the bounds as values", () => {
    expect(
      refusalsOf(Body, {
        title: "x",
        kind: "farm",
        count: 11,
        email: "not-an-email",
        variants: [{ price: 10 }, { price: 0.001 }],
        stock: 1.5,
        secret: "hunter2",
        extra: 1,
      })
    ).toEqual([
      {
        field: "title",
        rule: "too_small",
        values: { minimum: 2, inclusive: true, origin: "string" },
      },
      {
        field: "kind",
        rule: "invalid_value",
        values: { options: ["cooperative", "family_farm"] },
      },
      {
        field: "count",
        rule: "too_big",
        values: { maximum: 10, inclusive: true, origin: "number" },
      },
      { field: "email", rule: "invalid_format", values: { format: "email" } },
      {
        field: "variants.1.price",
        rule: "price_fen",
        values: { decimals: 2 },
      },
      { field: "stock", rule: "whole_number", values: {} },
      { field: "secret", rule: "unrecognized_key", values: {} },
      { field: "extra", rule: "unrecognized_key", values: {} },
    ])
  })

  it("names each part of the price and quantity rules", () => {
    expect(refusalsOf(PriceAmount, -1)).toEqual([
      { field: "", rule: "price_positive", values: { min: 0 } },
    ])
    expect(refusalsOf(PriceAmount, 2_000_000)).toEqual([
      { field: "", rule: "price_max", values: { max: 1_000_000 } },
    ])
    expect(refusalsOf(WholeQuantity, 100_001)).toEqual([
      { field: "", rule: "quantity_max", values: { max: 100_000 } },
    ])
    expect(refusalsOf(z.object({ n: z.number() }), { n: "7" })).toEqual([
      { field: "n", rule: "invalid_type", values: { expected: "number" } },
    ])
  })

  it("never echoes the value that was sent", () => {
    const refusals = refusalsOf(z.object({ password: z.string().min(8) }), {
      password: "hunter2",
    })
    expect(JSON.stringify(refusals)).not.toContain("hunter2")
  })
})
