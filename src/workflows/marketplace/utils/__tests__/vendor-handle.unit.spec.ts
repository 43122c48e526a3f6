import { isValidHandle } from "@medusajs/framework/utils"
import { vendorHandleBase } from "../vendor-handle"

describe("vendorHandleBase", () => {
  it("drops the legal form and spells the place as a word of its own", () => {
    expect(vendorHandleBase("奉节县夔门脐橙种植专业合作社")).toBe(
      "fengjie-kuimen-qicheng-zhongzhi"
    )
    expect(vendorHandleBase("巫山县曲尺脆李专业合作社")).toBe(
      "wushan-quchi-cuili"
    )
    expect(vendorHandleBase("重庆市田头果蔬专业合作社")).toBe(
      "chongqing-tiantou-guoshu"
    )
  })

  it("shortens autonomous counties and keeps one-character stems whole", () => {
    expect(vendorHandleBase("石柱土家族自治县黄连家庭农场")).toBe(
      "shizhu-huanglian"
    )
    expect(vendorHandleBase("忠县柑橘合作社")).toBe("zhongxian-ganju")
  })

  it("keeps a name that is only a legal form, and falls back to coop", () => {
    expect(vendorHandleBase("合作社")).toBe("hezuoshe")
    expect(vendorHandleBase("Green Valley 有限公司")).toBe("green-valley")
    expect(vendorHandleBase("！！")).toBe("coop")
  })

  it("always gives a handle the sign-up form's rule accepts", () => {
    for (const name of [
      "奉节县夔门脐橙种植专业合作社",
      "Ü-Bio 绿豆农场",
      "——",
    ]) {
      const handle = vendorHandleBase(name)
      expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(isValidHandle(handle)).toBe(true)
    }
  })
})
