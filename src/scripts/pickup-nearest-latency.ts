import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../modules/pickup"
import type PickupModuleService from "../modules/pickup/service"

/**
 * Measures PickupModuleService.listNearestPoints at N points (default
 * 10 000) scattered over Chongqing's main urban area. Run it against a
 * scratch database only — it inserts the points:
 *
 *   DATABASE_URL=postgres://…/scratch npx medusa exec ./src/scripts/pickup-nearest-latency.ts [N]
 */
export default async function pickupNearestLatency({
  container,
  args,
}: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const target = Number(args?.[0] ?? 10_000)
  const [, have] = await pickup.listAndCountPickupPoints(
    { handle: { $like: "latency-%" } },
    { take: 1 }
  )
  // Deterministic scatter over ~29.35–29.85 N, 106.25–106.75 E.
  let seed = 7
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  for (let i = 0; i < have; i++) {
    ;(rnd(), rnd())
  }
  for (let start = have; start < target; start += 1000) {
    const batch = Array.from(
      { length: Math.min(1000, target - start) },
      (_, k) => ({
        handle: `latency-${start + k}`,
        name_zh: `压测自提点 ${start + k}`,
        name_en: `Latency point ${start + k}`,
        address_zh: "重庆市",
        district_code: "500103",
        lat: 29.35 + rnd() * 0.5,
        lng: 106.25 + rnd() * 0.5,
        opening_hours: [],
        contact_name: "-",
        contact_phone: "023-0000-0000",
      })
    )
    const points = await pickup.createPickupPoints(batch)
    await pickup.createPickupZones(
      points.flatMap((p, k) => [
        { point_id: p.id, zone: "ambient" as const, compartments: 20 },
        ...(k % 3 === 0
          ? [{ point_id: p.id, zone: "chilled" as const, compartments: 5 }]
          : []),
      ])
    )
  }
  const [, total] = await pickup.listAndCountPickupPoints({}, { take: 1 })
  logger.info(`[latency] ${total} pickup points`)

  const cases = [
    { label: "5 km, limit 20", radius_km: 5, limit: 20 },
    { label: "50 km, limit 50", radius_km: 50, limit: 50 },
    {
      label: "10 km, chilled, date",
      radius_km: 10,
      limit: 20,
      zone: "chilled" as const,
      date: "2026-11-24",
    },
  ]
  for (const c of cases) {
    const times: number[] = []
    for (let i = 0; i < 220; i++) {
      const t = process.hrtime.bigint()
      await pickup.listNearestPoints({
        lat: 29.35 + rnd() * 0.5,
        lng: 106.25 + rnd() * 0.5,
        ...c,
      })
      if (i >= 20) {
        times.push(Number(process.hrtime.bigint() - t) / 1e6)
      }
    }
    times.sort((a, b) => a - b)
    const pct = (p: number) =>
      times[Math.floor((times.length - 1) * p)].toFixed(2)
    logger.info(
      `[latency] ${c.label}: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms (n=${times.length})`
    )
  }
}
