import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  changedParts,
  initialValues,
  parseStockField,
  partOfField,
  saveInOrder,
  stockFieldOf,
  type EditPart,
} from "../product-edit"

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

const INITIAL = {
  title: "奉节脐橙",
  title_en: "Fengjie navel orange",
  description: "长江三峡\n奉节县",
  status: "published",
  title_v1: "5斤装",
  price_v1: "39.9",
  title_v2: "10斤装",
  price_v2: "69",
  stock_v1: "20",
  stock_v2: "8",
  brand_handle: "fengjie-navel",
}

const unchangedForm = () =>
  form(
    Object.entries(INITIAL).map(([k, v]) => [
      k,
      // As a browser sends a textarea: CRLF lines.
      k === "description" ? v.replace(/\n/g, "\r\n") : v,
    ])
  )

describe("partOfField", () => {
  it("tells a detail from a size's title, price and stock", () => {
    assert.deepEqual(partOfField("title_en"), { part: "details" })
    assert.deepEqual(partOfField("status"), { part: "details" })
    assert.deepEqual(partOfField("title_variant_01"), { part: "prices" })
    assert.deepEqual(partOfField("price_variant_01"), { part: "prices" })
    assert.deepEqual(partOfField("stock_variant_01"), {
      part: "stock",
      variantId: "variant_01",
    })
    assert.deepEqual(partOfField("brand_handle"), { part: "brand" })
    assert.equal(partOfField("locale"), null)
  })
})

describe("initialValues", () => {
  it("reads the page's JSON and nothing else", () => {
    assert.deepEqual(initialValues('{"title":" 橙 ","price_v1":39.9}'), {
      title: "橙",
      price_v1: "39.9",
    })
    assert.deepEqual(initialValues("not json"), {})
    assert.deepEqual(initialValues("[1]"), {})
    assert.deepEqual(initialValues(null), {})
  })
})

describe("changedParts", () => {
  it("finds nothing when the form is as the page showed it (CRLF, spaces)", () => {
    const data = unchangedForm()
    data.set("title", "  奉节脐橙 ")
    assert.deepEqual(changedParts(INITIAL, data), [])
  })

  it("lists each changed part once, prices, stock, brand, then details", () => {
    const data = unchangedForm()
    data.set("title_en", "Fengjie oranges")
    data.set("status", "draft")
    data.set("stock_v2", "12")
    data.set("price_v1", "35")
    data.set("title_v2", "十斤装")
    data.set("brand_handle", "")
    const parts: EditPart[] = [
      { part: "prices" },
      { part: "stock", variantId: "v2" },
      { part: "brand" },
      { part: "details" },
    ]
    assert.deepEqual(changedParts(INITIAL, data), parts)
  })

  it("keeps the sizes' order for their stock", () => {
    const data = unchangedForm()
    data.set("stock_v2", "1")
    data.set("stock_v1", "2")
    assert.deepEqual(changedParts(INITIAL, data), [
      { part: "stock", variantId: "v1" },
      { part: "stock", variantId: "v2" },
    ])
  })

  it("leaves alone a field the form did not send (a disabled input)", () => {
    const data = unchangedForm()
    data.delete("stock_v1")
    data.delete("brand_handle")
    assert.deepEqual(changedParts(INITIAL, data), [])
  })

  it("ignores a field the page did not list as changeable", () => {
    const data = unchangedForm()
    data.set("subtitle", "new")
    assert.deepEqual(changedParts(INITIAL, data), [])
  })
})

describe("parseStockField", () => {
  it("reads a whole number, full-width digits too", () => {
    assert.deepEqual(parseStockField(form([["stock_v1", "１２"]]), "v1"), {
      ok: true,
      value: 12,
    })
  })
  it("refuses anything else at that size's input", () => {
    for (const raw of ["", "-1", "2.5", "many"]) {
      assert.deepEqual(parseStockField(form([["stock_v1", raw]]), "v1"), {
        ok: false,
        fields: { stock_v1: "stock" },
      })
    }
  })
})

describe("stockFieldOf", () => {
  it("puts the API's stocked_quantity refusal at the size's input", () => {
    assert.equal(stockFieldOf("v1")("stocked_quantity"), "stock_v1")
    assert.equal(stockFieldOf("v1")("other"), null)
  })
})

describe("saveInOrder", () => {
  const parts: EditPart[] = [
    { part: "prices" },
    { part: "stock", variantId: "v1" },
    { part: "details" },
  ]

  it("sends every part in order and says all were saved", async () => {
    const sent: string[] = []
    const state = await saveInOrder(
      parts,
      async (p) => {
        sent.push(p.part)
      },
      async () => assert.fail("nothing is refused")
    )
    assert.deepEqual(sent, ["prices", "stock", "details"])
    assert.deepEqual(state, {
      error: null,
      ok: true,
      saved: parts,
      unsaved: [],
    })
  })

  it("stops at a refusal, naming what was saved and what was not", async () => {
    const sent: string[] = []
    const state = await saveInOrder(
      parts,
      async (p) => {
        if (p.part === "stock") throw new Error("refused")
        sent.push(p.part)
      },
      async (p, error) => {
        assert.deepEqual(p, { part: "stock", variantId: "v1" })
        assert.equal((error as Error).message, "refused")
        return {
          error: "checkFields",
          fields: { stock_v1: "库存不能少于已预留的 2 件。" },
        }
      }
    )
    assert.deepEqual(sent, ["prices"], "nothing after the refusal is sent")
    assert.deepEqual(state, {
      error: "checkFields",
      fields: { stock_v1: "库存不能少于已预留的 2 件。" },
      ok: false,
      saved: [{ part: "prices" }],
      unsaved: [{ part: "stock", variantId: "v1" }, { part: "details" }],
    })
  })
})
