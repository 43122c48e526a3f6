/**
 * Chongqing and its districts and counties (GB/T 2260), from the
 * repository's data/reference/gb2260.json: the names a region code on a
 * product or co-op reads as, without a backend call.
 */
const CHONGQING: Record<string, { zh: string; en: string }> = {
  "500000": { zh: "重庆市", en: "Chongqing" },
  "500101": { zh: "万州区", en: "Wanzhou District" },
  "500102": { zh: "涪陵区", en: "Fuling District" },
  "500103": { zh: "渝中区", en: "Yuzhong District" },
  "500104": { zh: "大渡口区", en: "Dadukou District" },
  "500105": { zh: "江北区", en: "Jiangbei District" },
  "500106": { zh: "沙坪坝区", en: "Shapingba District" },
  "500107": { zh: "九龙坡区", en: "Jiulongpo District" },
  "500108": { zh: "南岸区", en: "Nan'an District" },
  "500109": { zh: "北碚区", en: "Beibei District" },
  "500110": { zh: "綦江区", en: "Qijiang District" },
  "500111": { zh: "大足区", en: "Dazu District" },
  "500112": { zh: "渝北区", en: "Yubei District" },
  "500113": { zh: "巴南区", en: "Banan District" },
  "500114": { zh: "黔江区", en: "Qianjiang District" },
  "500115": { zh: "长寿区", en: "Changshou District" },
  "500116": { zh: "江津区", en: "Jiangjin District" },
  "500117": { zh: "合川区", en: "Hechuan District" },
  "500118": { zh: "永川区", en: "Yongchuan District" },
  "500119": { zh: "南川区", en: "Nanchuan District" },
  "500120": { zh: "璧山区", en: "Bishan District" },
  "500151": { zh: "铜梁区", en: "Tongliang District" },
  "500152": { zh: "潼南区", en: "Tongnan District" },
  "500153": { zh: "荣昌区", en: "Rongchang District" },
  "500154": { zh: "开州区", en: "Kaizhou District" },
  "500155": { zh: "梁平区", en: "Liangping District" },
  "500156": { zh: "武隆区", en: "Wulong District" },
  "500229": { zh: "城口县", en: "Chengkou County" },
  "500230": { zh: "丰都县", en: "Fengdu County" },
  "500231": { zh: "垫江县", en: "Dianjiang County" },
  "500233": { zh: "忠县", en: "Zhong County" },
  "500235": { zh: "云阳县", en: "Yunyang County" },
  "500236": { zh: "奉节县", en: "Fengjie County" },
  "500237": { zh: "巫山县", en: "Wushan County" },
  "500238": { zh: "巫溪县", en: "Wuxi County" },
  "500240": { zh: "石柱土家族自治县", en: "Shizhu Tujia Autonomous County" },
  "500241": {
    zh: "秀山土家族苗族自治县",
    en: "Xiushan Tujia and Miao Autonomous County",
  },
  "500242": {
    zh: "酉阳土家族苗族自治县",
    en: "Youyang Tujia and Miao Autonomous County",
  },
  "500243": {
    zh: "彭水苗族土家族自治县",
    en: "Pengshui Miao and Tujia Autonomous County",
  },
}

/** "奉节县" / "Fengjie County"; the code itself when it is not Chongqing's. */
export function regionName(code: string | null | undefined, locale: string) {
  if (!code) {
    return ""
  }
  const region = CHONGQING[code]
  return region ? (locale === "en" ? region.en : region.zh) : code
}

/** The province-level code a county code belongs to: 500236 → 500000. */
export function provinceOf(code: string) {
  return `${code.slice(0, 2)}0000`
}

export function isProvince(code: string) {
  return code.endsWith("0000")
}

/**
 * Chongqing's districts (区, 5001xx) and counties (县, 5002xx) in GB/T 2260
 * order: the places a co-op can sign up from.
 */
export const CHONGQING_COUNTIES = Object.entries(CHONGQING)
  .filter(([code]) => !isProvince(code))
  .map(([code, names]) => ({ code, ...names, county: code[3] === "2" }))
  .sort((a, b) => a.code.localeCompare(b.code))

export function isChongqingCounty(code: string) {
  return CHONGQING_COUNTIES.some((r) => r.code === code)
}
