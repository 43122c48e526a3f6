import fs from "node:fs"
import path from "node:path"
import reference from "../../../../data/reference/gb2260.json"
import {
  CHONGQING,
  chongqingRegions,
  ORIGIN_DIR,
  readBrands,
  readStandards,
} from "../../../scripts/seed/standards-and-origin"
import { standardProblems } from "../../grading/utils/criteria"
import { giNumberProblem } from "../utils/certification"
import { isWithin, type RegionNode } from "../utils/regions"

const gb2260: RegionNode[] = (
  reference.regions as { code: string; parent?: string }[]
).map((r) => ({ code: r.code, parent_code: r.parent ?? null }))
const knownCodes = new Set(gb2260.map((r) => r.code))

describe("data/standards", () => {
  const standards = readStandards()

  it("holds the navel orange, pomelo, leafy vegetable and green tea standards", () => {
    expect(standards.map((s) => s.product_kind).sort()).toEqual([
      "green_tea",
      "leafy_vegetable",
      "navel_orange",
      "pomelo",
    ])
  })

  it.each(standards.map((s) => [s.code, s] as const))(
    "%s passes standardProblems",
    (_code, standard) => {
      expect(standardProblems(standard)).toEqual([])
    }
  )

  it("gives every standard a verification and a source, and unique codes", () => {
    for (const s of standards) {
      expect(["verified", "unverified"]).toContain(s.verification)
      expect(s.source.trim()).not.toBe("")
    }
    expect(new Set(standards.map((s) => s.code)).size).toBe(standards.length)
  })

  it("marks unverified every standard with a level that has no criteria", () => {
    for (const s of standards) {
      if (s.levels.some((l) => l.criteria.length === 0)) {
        expect(s.verification).toBe("unverified")
      }
    }
  })

  it("keeps NY/T 699-2003 unverified with 特级, 一级 and 二级 and no invented thresholds", () => {
    const pomelo = standards.find((s) => s.code === "NY/T 699-2003")!
    expect(pomelo.verification).toBe("unverified")
    expect(pomelo.levels.map((l) => l.name_zh)).toEqual([
      "特级",
      "一级",
      "二级",
    ])
    expect(pomelo.levels.every((l) => l.criteria.length === 0)).toBe(true)
    expect(pomelo.levels.every((l) => l.tolerance_verified === false)).toBe(
      true
    )
  })
})

describe("data/origin/region-coordinates.json", () => {
  const file = JSON.parse(
    fs.readFileSync(path.join(ORIGIN_DIR, "region-coordinates.json"), "utf8")
  ) as {
    verification: string
    coordinates: Record<string, [number, number] | null>
  }

  it("is marked unverified", () => {
    expect(file.verification).toBe("unverified")
  })

  it("only holds Chongqing codes from GB/T 2260, inside Chongqing's bounding box", () => {
    for (const [code, at] of Object.entries(file.coordinates)) {
      expect(knownCodes.has(code)).toBe(true)
      expect(isWithin(code, CHONGQING, gb2260)).toBe(true)
      if (at) {
        const [lat, lng] = at
        expect(lat).toBeGreaterThanOrEqual(28.1)
        expect(lat).toBeLessThanOrEqual(32.3)
        expect(lng).toBeGreaterThanOrEqual(105.2)
        expect(lng).toBeLessThanOrEqual(110.2)
      }
    }
  })
})

describe("chongqingRegions", () => {
  const regions = chongqingRegions()

  it("yields 重庆市 and each of its districts and counties once", () => {
    const children = gb2260.filter((r) => r.parent_code === CHONGQING)
    expect(regions).toHaveLength(children.length + 1)
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length)
    const root = regions.find((r) => r.code === CHONGQING)!
    expect(root).toMatchObject({
      name_zh: "重庆市",
      level: "province",
      parent_code: null,
    })
  })

  it("puts 奉节县 under 重庆市 at county level with its seat's coordinates", () => {
    expect(regions.find((r) => r.code === "500236")).toEqual({
      code: "500236",
      name_zh: "奉节县",
      name_en: "Fengjie County",
      level: "county",
      parent_code: CHONGQING,
      lat: 31.02,
      lng: 109.46,
    })
  })
})

describe("data/origin/brands.json", () => {
  const brands = readBrands()

  it("holds the ten Chongqing brands and the 巴味渝珍 umbrella, each once", () => {
    expect(brands.map((b) => b.name_zh).sort()).toEqual(
      [
        "涪陵榨菜",
        "奉节脐橙",
        "梁平柚",
        "荣昌猪",
        "秀山土鸡",
        "城口老腊肉",
        "江津花椒",
        "石柱辣椒",
        "永川秀芽",
        "潼南柠檬",
        "巴味渝珍",
      ].sort()
    )
    expect(new Set(brands.map((b) => b.handle)).size).toBe(brands.length)
    expect(brands.find((b) => b.name_zh === "巴味渝珍")!.type).toBe("umbrella")
  })

  it("gives GI numbers only in the AGI format, and only where the notes give one", () => {
    for (const b of brands) {
      expect(giNumberProblem(b.gi_number)).toBeNull()
    }
    expect(
      brands.filter((b) => b.gi_number).map((b) => [b.handle, b.gi_number])
    ).toEqual([["jiangjin-sichuan-pepper", "AGI00053"]])
  })

  it("says how sure every GI number, or its absence, is", () => {
    for (const b of brands.filter((b) => b.type !== "umbrella")) {
      const note = (b.verification_notes ?? {}) as Record<
        string,
        { level: string }
      >
      expect(["verified", "secondary", "unverified"]).toContain(
        note.gi_number?.level
      )
    }
  })

  it("uses only Chongqing GB/T 2260 codes for brand regions", () => {
    for (const b of brands) {
      expect(b.region_codes.length).toBeGreaterThan(0)
      for (const code of b.region_codes) {
        expect(knownCodes.has(code)).toBe(true)
        expect(isWithin(code, CHONGQING, gb2260)).toBe(true)
      }
    }
  })

  it("lists harvest months as distinct month numbers, each marked", () => {
    for (const b of brands) {
      if (!b.harvest_months) {
        continue
      }
      expect(new Set(b.harvest_months).size).toBe(b.harvest_months.length)
      for (const m of b.harvest_months) {
        expect(Number.isInteger(m) && m >= 1 && m <= 12).toBe(true)
      }
      const note = (b.verification_notes ?? {}) as Record<string, unknown>
      expect(note.harvest_months).toBeDefined()
    }
  })
})
