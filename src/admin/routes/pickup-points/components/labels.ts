export const POINT_TYPE_LABELS: Record<string, string> = {
  community_store: "社区便利店 / Community store",
  property_office: "物业服务中心 / Property office",
  locker: "智能柜 / Smart locker",
  station: "驿站 / Station",
}

export const ZONE_LABELS: Record<string, string> = {
  ambient: "常温 / Ambient",
  chilled: "冷藏 / Chilled",
  frozen: "冷冻 / Frozen",
}
