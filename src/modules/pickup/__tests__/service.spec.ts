import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PICKUP_MODULE } from ".."
import {
  Parcel,
  ParcelEvent,
  PickupPoint,
  PickupReservation,
  PickupStaff,
  PickupStaffMembership,
  PickupZone,
} from "../models"
import PickupModuleService from "../service"
import type { PickupZoneName } from "../types"
import { haversineMeters } from "../utils/geo"

jest.setTimeout(60 * 1000)

// 解放碑, 渝中区 (approximate).
const CENTRE = { lat: 29.5575, lng: 106.5772 }
const HOURS = [{ days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" }]

const point = (i: number, overrides: Record<string, unknown> = {}) => ({
  handle: `test-point-${i}`,
  name_zh: `测试自提点 ${i}`,
  name_en: `Test point ${i}`,
  type: "community_store" as const,
  address_zh: `渝中区测试路 ${i} 号`,
  district_code: "500103",
  lat: CENTRE.lat,
  lng: CENTRE.lng,
  opening_hours: HOURS,
  contact_name: "张师傅",
  contact_phone: "023-6380 0000",
  ...overrides,
})

// Deterministic scatter (LCG) so failures reproduce.
function scatter(n: number, spreadDeg: number) {
  let seed = 42
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  return Array.from({ length: n }, (_, i) =>
    point(i, {
      lat: CENTRE.lat + (next() - 0.5) * 2 * spreadDeg,
      lng: CENTRE.lng + (next() - 0.5) * 2 * spreadDeg,
    })
  )
}

moduleIntegrationTestRunner<PickupModuleService>({
  moduleName: PICKUP_MODULE,
  moduleModels: [
    PickupPoint,
    PickupZone,
    PickupReservation,
    Parcel,
    ParcelEvent,
    PickupStaff,
    PickupStaffMembership,
  ],
  resolve: "./src/modules/pickup",
  // The committed migration creates cube/earthdistance and the GiST index.
  pathToMigrations: "./src/modules/pickup/migrations",
  testSuite: ({ service }) => {
    const withZones = async (
      data: ReturnType<typeof point>[],
      zones: { zone: PickupZoneName; compartments: number }[] = [
        { zone: "ambient", compartments: 10 },
      ]
    ) => {
      const points = await service.createPickupPoints(data)
      await service.createPickupZones(
        points.flatMap((p) => zones.map((z) => ({ ...z, point_id: p.id })))
      )
      return points
    }

    describe("listNearestPoints", () => {
      it("returns points in true distance order, matching haversine", async () => {
        await withZones(scatter(80, 0.15))
        const stored = await service.listPickupPoints({}, { take: 1000 })

        const result = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 12,
          limit: 50,
        })

        const expected = stored
          .map((p) => ({ id: p.id, d: haversineMeters(CENTRE, p) }))
          .filter((p) => p.d <= 12_000)
          .sort((a, b) => a.d - b.d)
          .slice(0, 50)
        expect(result.length).toBe(expected.length)
        expect(result.length).toBeGreaterThan(20)
        expect(result.map((p) => p.id)).toEqual(expected.map((p) => p.id))
        result.forEach((p, i) => {
          expect(Math.abs(p.distance_m - expected[i].d)).toBeLessThan(1)
          if (i > 0) {
            expect(p.distance_m).toBeGreaterThanOrEqual(
              result[i - 1].distance_m
            )
          }
        })
      })

      it("cuts off at the radius and honours the limit", async () => {
        // Due north of the centre: 1 km ≈ 0.008993° of latitude.
        const deg = 1 / 111.195
        await withZones([
          point(1, { lat: CENTRE.lat + 0.5 * deg }),
          point(2, { lat: CENTRE.lat + 1.9 * deg }),
          point(3, { lat: CENTRE.lat + 2.1 * deg }),
          point(4, { lat: CENTRE.lat + 30 * deg }),
        ])

        const within2 = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 2,
          limit: 10,
        })
        expect(within2.map((p) => p.handle)).toEqual([
          "test-point-1",
          "test-point-2",
        ])
        expect(within2[0].distance_m).toBeCloseTo(500, -1)

        const first = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 50,
          limit: 1,
        })
        expect(first.map((p) => p.handle)).toEqual(["test-point-1"])

        const wide = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 50,
          limit: 10,
        })
        expect(wide.map((p) => p.handle)).toEqual([
          "test-point-1",
          "test-point-2",
          "test-point-3",
          "test-point-4",
        ])
      })

      it("filters by zone and leaves out paused and deleted points", async () => {
        const [ambientOnly] = await withZones([point(1, { lat: 29.56 })])
        const [cold] = await withZones(
          [point(2, { lat: 29.561 })],
          [
            { zone: "ambient", compartments: 10 },
            { zone: "chilled", compartments: 4 },
            { zone: "frozen", compartments: 2 },
          ]
        )
        const [paused] = await withZones(
          [point(3, { lat: 29.559, status: "paused" })],
          [{ zone: "chilled", compartments: 4 }]
        )
        const [deleted] = await withZones(
          [point(4, { lat: 29.558 })],
          [{ zone: "chilled", compartments: 4 }]
        )
        await service.softDeletePickupPoints([deleted.id])
        // A zone with no compartments cannot take parcels.
        const [empty] = await withZones(
          [point(5, { lat: 29.5576 })],
          [{ zone: "chilled", compartments: 0 }]
        )

        const chilled = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 5,
          zone: "chilled",
          limit: 10,
        })
        expect(chilled.map((p) => p.id)).toEqual([cold.id])
        expect(chilled[0].zones.map((z) => z.zone)).toEqual([
          "ambient",
          "chilled",
          "frozen",
        ])

        const all = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 5,
          limit: 10,
        })
        expect(all.map((p) => p.id).sort()).toEqual(
          [ambientOnly.id, cold.id, empty.id].sort()
        )

        const withPaused = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 5,
          zone: "chilled",
          limit: 10,
          include_paused: true,
        })
        expect(withPaused.map((p) => p.id).sort()).toEqual(
          [cold.id, paused.id].sort()
        )
      })

      it("reports free compartments for a date and can keep only available points", async () => {
        const [full, roomy] = await withZones(
          [point(1, { lat: 29.558 }), point(2, { lat: 29.56 })],
          [{ zone: "chilled", compartments: 2 }]
        )
        await service.createPickupReservations([
          {
            point_id: full.id,
            zone: "chilled",
            arrival_date: "2026-11-24",
            order_id: "order_1",
          },
          {
            point_id: full.id,
            zone: "chilled",
            arrival_date: "2026-11-24",
            order_id: "order_2",
          },
          {
            point_id: roomy.id,
            zone: "chilled",
            arrival_date: "2026-11-24",
            order_id: "order_3",
          },
          // Released and other-day reservations don't count.
          {
            point_id: roomy.id,
            zone: "chilled",
            arrival_date: "2026-11-24",
            order_id: "order_4",
            status: "released",
          },
          {
            point_id: roomy.id,
            zone: "chilled",
            arrival_date: "2026-11-25",
            order_id: "order_5",
          },
        ])

        const marked = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 5,
          zone: "chilled",
          limit: 10,
          date: "2026-11-24",
        })
        expect(marked.map((p) => [p.id, p.zones[0].free])).toEqual([
          [full.id, 0],
          [roomy.id, 1],
        ])

        const onlyAvailable = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 5,
          zone: "chilled",
          limit: 10,
          date: "2026-11-24",
          only_available: true,
        })
        expect(onlyAvailable.map((p) => p.id)).toEqual([roomy.id])

        const noDate = await service.listNearestPoints({
          ...CENTRE,
          radius_km: 5,
          limit: 10,
        })
        expect(noDate[0].zones[0].free).toBeNull()
      })

      it("treats bound values as data, not SQL", async () => {
        await withZones([point(1)])
        await expect(
          service.listNearestPoints({
            ...CENTRE,
            radius_km: 5,
            limit: 10,
            zone: "ambient' OR 1=1 --" as PickupZoneName,
          })
        ).resolves.toEqual([])
      })
    })

    describe("availableCapacity", () => {
      it("counts active reservations per point, zone and day", async () => {
        const [a, b, c] = await withZones(
          [point(1), point(2), point(3)],
          [
            { zone: "ambient", compartments: 3 },
            { zone: "frozen", compartments: 1 },
          ]
        )
        await service.createPickupReservations([
          {
            point_id: a.id,
            zone: "frozen",
            arrival_date: "2026-11-24",
            order_id: "o1",
          },
          {
            point_id: a.id,
            zone: "ambient",
            arrival_date: "2026-11-24",
            order_id: "o2",
          },
          {
            point_id: b.id,
            zone: "frozen",
            arrival_date: "2026-11-24",
            order_id: "o3",
            status: "released",
          },
          // Over-booked (e.g. compartments lowered later): never negative.
          {
            point_id: c.id,
            zone: "frozen",
            arrival_date: "2026-11-24",
            order_id: "o4",
          },
          {
            point_id: c.id,
            zone: "frozen",
            arrival_date: "2026-11-24",
            order_id: "o5",
          },
        ])

        expect(
          await service.availableCapacity({
            point_ids: [a.id, b.id, c.id, "pkpt_missing"],
            zone: "frozen",
            arrival_date: "2026-11-24",
          })
        ).toEqual({ [a.id]: 0, [b.id]: 1, [c.id]: 0, pkpt_missing: 0 })

        expect(
          await service.availableCapacity({
            point_ids: [a.id],
            zone: "ambient",
            arrival_date: "2026-11-24",
          })
        ).toEqual({ [a.id]: 2 })
        expect(
          await service.availableCapacity({
            point_ids: [a.id],
            zone: "chilled",
            arrival_date: "2026-11-24",
          })
        ).toEqual({ [a.id]: 0 })
        expect(
          await service.availableCapacity({
            point_ids: [],
            zone: "chilled",
            arrival_date: "2026-11-24",
          })
        ).toEqual({})
      })
    })

    describe("models", () => {
      it("keeps handles unique among live points and one zone row per point", async () => {
        const [p] = await withZones([point(1)])
        await expect(service.createPickupPoints([point(1)])).rejects.toThrow()
        await expect(
          service.createPickupZones([
            { point_id: p.id, zone: "ambient", compartments: 1 },
          ])
        ).rejects.toThrow()
        await service.softDeletePickupPoints([p.id])
        await expect(
          service.createPickupPoints([point(1)])
        ).resolves.toHaveLength(1)
      })

      it("gives one parcel per order and defaults its status", async () => {
        const [p] = await withZones([point(1)])
        const parcel = await service.createParcels({
          order_id: "order_1",
          vendor_id: "ven_1",
          zone: "ambient",
          point_id: p.id,
        })
        expect(parcel).toEqual(
          expect.objectContaining({
            status: "awaiting_arrival",
            failed_attempts: 0,
            code_hash: null,
          })
        )
        expect(parcel.id).toMatch(/^pcl_/)
        await expect(
          service.createParcels({
            order_id: "order_1",
            vendor_id: "ven_1",
            zone: "ambient",
            point_id: p.id,
          })
        ).rejects.toThrow()
      })

      it("keeps a parcel's history with it and deletes it with the parcel", async () => {
        const [p] = await withZones([point(1)])
        const parcel = await service.createParcels({
          order_id: "order_1",
          vendor_id: "ven_1",
          zone: "ambient",
          point_id: p.id,
        })
        const event = await service.createParcelEvents({
          parcel_id: parcel.id,
          actor_type: "pickup_staff",
          actor_id: "pkst_1",
          actor_name: "陈静",
          reason: "顾客出示身份证",
          data: { failed_attempts: 5 },
        })
        expect(event).toEqual(
          expect.objectContaining({ type: "unlocked", actor_name: "陈静" })
        )
        expect(event.id).toMatch(/^pcev_/)
        const [read] = await service.listParcels(
          { id: parcel.id },
          { relations: ["events"] }
        )
        expect(read.events.map((e) => e.reason)).toEqual(["顾客出示身份证"])
        await service.deleteParcels(parcel.id)
        await expect(
          service.listParcelEvents({ parcel_id: parcel.id })
        ).resolves.toEqual([])
      })

      it("links staff to points once each", async () => {
        const [p] = await withZones([point(1)])
        const staff = await service.createPickupStaffs({
          email: "zhang@example.com",
          name: "张师傅",
        })
        await service.createPickupStaffMemberships({
          staff_id: staff.id,
          point_id: p.id,
          role: "manager",
        })
        await expect(
          service.createPickupStaffMemberships({
            staff_id: staff.id,
            point_id: p.id,
          })
        ).rejects.toThrow()
        const [withPoints] = await service.listPickupStaffs(
          { id: staff.id },
          { relations: ["memberships", "memberships.point"] }
        )
        expect(withPoints.memberships[0].point.handle).toBe("test-point-1")
      })
    })
  },
})
