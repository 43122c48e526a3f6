import { isValidHandle } from "@medusajs/framework/utils"
import {
  isHandleEmpty,
  PINYIN_HANDLE_MAX_LENGTH,
  pinyinHandle,
  uniqueHandle,
} from "../utils/product-handle"

describe("pinyinHandle", () => {
  it("spells a Chinese title in toneless pinyin, word by word", () => {
    expect(pinyinHandle("奉节脐橙 特级")).toBe("fengjie-qicheng-teji")
    expect(pinyinHandle("五常大米")).toBe("wuchang-dami")
  })

  it("joins an odd last syllable to the word before it", () => {
    expect(pinyinHandle("云南普洱茶")).toBe("yunnan-puercha")
    expect(pinyinHandle("茶")).toBe("cha")
  })

  it("keeps Latin letters and digits, lowercased and without accents", () => {
    expect(pinyinHandle("赣南脐橙 5kg装")).toBe("gannan-qicheng-5kg-zhuang")
    expect(pinyinHandle("Café 绿茶 Grade-A")).toBe("cafe-lvcha-grade-a")
  })

  it("turns punctuation into single hyphens, never leading or trailing", () => {
    expect(pinyinHandle("【新品】涪陵榨菜·80g×30!")).toBe(
      "xinpin-fuling-zhacai-80g-30"
    )
  })

  it("stops at a word boundary within the length limit", () => {
    const handle = pinyinHandle("奉节脐橙".repeat(20))
    expect(handle.length).toBeLessThanOrEqual(PINYIN_HANDLE_MAX_LENGTH)
    expect(handle).toMatch(/^(fengjie-qicheng-)*fengjie(-qicheng)?$/)
  })

  it("falls back to product when the title has nothing to spell", () => {
    expect(pinyinHandle("🍊🍊 !!")).toBe("product")
    expect(pinyinHandle("")).toBe("product")
    expect(pinyinHandle("!!", "coop")).toBe("coop")
  })

  it("always gives a handle Medusa accepts", () => {
    for (const title of ["奉节脐橙 特级", "Ü-Bio 绿豆", "——", "ＡＢＣ１２３"]) {
      expect(isValidHandle(pinyinHandle(title))).toBe(true)
    }
  })
})

describe("uniqueHandle", () => {
  it("keeps a free handle and numbers a taken one from 2", () => {
    expect(uniqueHandle("cha", new Set())).toBe("cha")
    expect(uniqueHandle("cha", new Set(["cha"]))).toBe("cha-2")
    expect(uniqueHandle("cha", new Set(["cha", "cha-2", "cha-3"]))).toBe(
      "cha-4"
    )
  })
})

describe("isHandleEmpty", () => {
  it("treats a missing, null or blank handle as left empty", () => {
    for (const handle of [undefined, null, "", "  "]) {
      expect(isHandleEmpty(handle)).toBe(true)
    }
    expect(isHandleEmpty("qicheng")).toBe(false)
  })
})
