import { chongqingCounties } from "../../../modules/marketplace/utils/regions"
import { pinyinHandle } from "../../vendor-products/utils/product-handle"

/** What a generated co-op handle falls back to when the name has nothing to spell. */
export const VENDOR_HANDLE_FALLBACK = "coop"

/** The legal form at the end of a co-op's name, which every co-op shares. */
const LEGAL_FORM =
  /(农民)?(股份)?(专业)?合作社(联合社)?$|家庭农场$|农场$|(有限(责任)?)?公司$/

/**
 * Place names as a co-op's name spells them, longest first, each with its
 * short form: 奉节县 → 奉节, 石柱土家族自治县 → 石柱. A one-character stem
 * keeps its suffix (忠县 stays 忠县).
 */
const PLACES = ["重庆市", ...chongqingCounties().map((r) => r.name)]
  .map((name) => {
    const stem = name.replace(/((土家族|苗族)+自治)?[市区县]$/, "")
    return { name, short: stem.length >= 2 ? stem : name }
  })
  .sort((a, b) => b.name.length - a.name.length)

/**
 * The handle a co-op's name reads as, before numbering: the name without
 * its legal form, with place names as words of their own, in pinyin —
 * "奉节县夔门脐橙种植专业合作社" → "fengjie-kuimen-qicheng-zhongzhi", where
 * the name as it stands pairs across words ("fengjie-xiankui-menqi-…").
 */
export function vendorHandleBase(name: string): string {
  let words = name.trim().replace(LEGAL_FORM, "").trim() || name.trim()
  for (const place of PLACES) {
    words = words.split(place.name).join(` ${place.short} `)
  }
  return pinyinHandle(words, VENDOR_HANDLE_FALLBACK)
}
