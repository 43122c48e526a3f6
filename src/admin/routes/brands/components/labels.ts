/** Labels shown zh-CN first, with English. */
export const BRAND_TYPE_LABELS: Record<string, string> = {
  regional_public: "区域公用品牌 / Regional public",
  enterprise: "企业品牌 / Enterprise",
  umbrella: "母品牌 / Umbrella",
}

export const CERTIFICATION_TYPE_LABELS: Record<string, string> = {
  green_food: "绿色食品 / Green food",
  organic: "有机产品 / Organic",
  geographical_indication: "农产品地理标志 / Geographical indication",
  compliance_certificate: "承诺达标合格证 / Compliance certificate",
}

export const CLAIM_STATUS_LABELS: Record<string, string> = {
  valid: "有效 / Valid",
  expiring: "即将到期 / Expiring",
  expired: "已过期 / Expired",
}

export const CLAIM_STATUS_COLORS: Record<string, "green" | "orange" | "red"> = {
  valid: "green",
  expiring: "orange",
  expired: "red",
}

export const REVIEW_STATUS_LABELS: Record<string, string> = {
  pending: "待审核 / Pending",
  approved: "已通过 / Approved",
  rejected: "已驳回 / Rejected",
}

export const REVIEW_STATUS_COLORS: Record<string, "green" | "orange" | "grey"> =
  {
    pending: "orange",
    approved: "green",
    rejected: "grey",
  }
