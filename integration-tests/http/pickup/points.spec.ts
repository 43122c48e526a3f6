import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import type PickupModuleService from "../../../src/modules/pickup/service"
import { haversineMeters } from "../../../src/modules/pickup/utils/geo"
import { seedPickupPoints } from "../../../src/scripts/seed/pickup-points"
import {
  createPickupPointWorkflow,
  updatePickupPointWorkflow,
} from "../../../src/workflows/pickup"
import { createPickupPointStepId } from "../../../src/workflows/pickup/steps/create-pickup-point"
import { setPickupPointZonesStepId } from "../../../src/workflows/pickup/steps/set-pickup-point-zones"
import { deletePickupPointWorkflow } from "../../../src/workflows/pickup"
import { deletePickupPointStepId } from "../../../src/workflows/pickup/steps/delete-pickup-point"
import { expectedArrivalDate } from "../../../src/workflows/pickup-checkout/utils/rules"
import { bearer, createAdminUser } from "../../helpers/auth"

jest.setTimeout(240 * 1000)

// 解放碑 (approximate).
const JFB = { lat: 29.5575, lng: 106.5772 }
const HOURS = [{ days: [1, 2, 3, 4, 5, 6, 7], open: "08:00", close: "21:00" }]

const newPoint = (overrides: Record<string, unknown> = {}) => ({
  handle: `test-point-${Math.random().toString(36).slice(2, 8)}`,
  name_zh: "测试便利店",
  name_en: "Test store",
  type: "community_store",
  address_zh: "渝中区民族路",
  district_code: "500103",
  lat: 29.558,
  lng: 106.578,
  opening_hours: HOURS,
  contact_name: "李姐",
  contact_phone: "023-0000-0001",
  zones: [{ zone: "ambient", compartments: 10 }],
  ...overrides,
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    const pickup = () =>
      getContainer().resolve<PickupModuleService>(PICKUP_MODULE)
    const asAdmin = () => ({ headers: admin.headers })
    const fail = (p: Promise<any>) =>
      p.then(
        (res) => {
          throw new Error(`Expected a failure, got ${res.status}`)
        },
        (e) => e.response
      )

    beforeEach(async () => {
      const container = getContainer()
      const { result } = await createApiKeysWorkflow(container).run({
        input: {
          api_keys: [
            { title: "pickup test", type: "publishable", created_by: "test" },
          ],
        },
      })
      store = { headers: { "x-publishable-api-key": result[0].token } }
      admin = await createAdminUser(container)
      await seedPickupPoints(container, () => {})
    })

    describe("GET /store/pickup-points", () => {
      it("returns points nearest first, in true (haversine) distance order", async () => {
        const res = await api.get(
          `/store/pickup-points?lat=${JFB.lat}&lng=${JFB.lng}&radius_km=50&limit=50`,
          store
        )
        expect(res.status).toBe(200)
        const points = res.data.pickup_points
        expect(points.length).toBeGreaterThanOrEqual(30)
        const expected = [...points]
          .map((p: any) => ({ id: p.id, d: haversineMeters(JFB, p) }))
          .sort((a, b) => a.d - b.d)
        expect(points.map((p: any) => p.id)).toEqual(expected.map((e) => e.id))
        points.forEach((p: any, i: number) => {
          expect(Math.abs(p.distance_m - expected[i].d)).toBeLessThan(1)
        })
        expect(points[0].name_zh).toMatch(/解放碑/)
        expect(points[0]).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^pkpt_/),
            name_en: expect.any(String),
            address_zh: expect.any(String),
            type: expect.any(String),
            available: true,
            opening_hours: expect.any(Array),
            hours: expect.objectContaining({ open_now: expect.any(Boolean) }),
            zones: expect.arrayContaining([
              expect.objectContaining({
                zone: "ambient",
                compartments: expect.any(Number),
                available: expect.any(Number),
              }),
            ]),
          })
        )
        expect(res.data.arrival_date).toBe(expectedArrivalDate(new Date()))
        // The paused demo point is never offered.
        expect(points.map((p: any) => p.handle)).not.toContain(
          "banan-jieshi-paused"
        )
      })

      it("applies radius, zone, district and limit", async () => {
        const near = await api.get(
          `/store/pickup-points?lat=${JFB.lat}&lng=${JFB.lng}&radius_km=1.5`,
          store
        )
        expect(near.data.pickup_points.length).toBeGreaterThan(0)
        near.data.pickup_points.forEach((p: any) =>
          expect(p.distance_m).toBeLessThanOrEqual(1500)
        )

        const frozen = await api.get(
          `/store/pickup-points?lat=${JFB.lat}&lng=${JFB.lng}&radius_km=50&zone=frozen&limit=50`,
          store
        )
        expect(frozen.data.pickup_points.length).toBeGreaterThan(3)
        frozen.data.pickup_points.forEach((p: any) =>
          expect(p.zones.map((z: any) => z.zone)).toContain("frozen")
        )

        const beibei = await api.get(
          `/store/pickup-points?lat=${JFB.lat}&lng=${JFB.lng}&radius_km=50&district_code=500109`,
          store
        )
        expect(beibei.data.pickup_points.length).toBe(3)
        beibei.data.pickup_points.forEach((p: any) =>
          expect(p.district_code).toBe("500109")
        )

        const two = await api.get(
          `/store/pickup-points?lat=${JFB.lat}&lng=${JFB.lng}&limit=2`,
          store
        )
        expect(two.data.pickup_points).toHaveLength(2)
      })

      it("marks a point full on the arrival day as unavailable", async () => {
        const [point] = await pickup().listPickupPoints({
          handle: "dadukou-chunhui-rd-locker",
        })
        await pickup().createPickupReservations(
          Array.from({ length: 40 }, (_, i) => ({
            point_id: point.id,
            zone: "ambient" as const,
            arrival_date: "2026-12-01",
            order_id: `order_full_${i}`,
          }))
        )
        const res = await api.get(
          `/store/pickup-points?lat=${point.lat}&lng=${point.lng}&radius_km=1&date=2026-12-01`,
          store
        )
        const found = res.data.pickup_points.find((p: any) => p.id === point.id)
        expect(found.available).toBe(false)
        expect(found.zones).toEqual([
          { zone: "ambient", compartments: 40, available: 0 },
        ])
        expect(res.data.arrival_date).toBe("2026-12-01")
      })

      it.each([
        ["lng=106.5", /lat/],
        ["lat=91&lng=106.5", /lat.*(between -90 and 90|too big)/],
        ["lat=29.5&lng=181", /lng.*(between -180 and 180|too big)/],
        ["lat=abc&lng=106.5", /lat/],
        ["lat=29.5&lng=106.5&radius_km=51", /radius_km.*(at most 50|too big)/],
        [
          "lat=29.5&lng=106.5&radius_km=0",
          /radius_km.*(more than 0|too small)/,
        ],
        ["lat=29.5&lng=106.5&limit=51", /limit.*(at most 50|too big)/],
        ["lat=29.5&lng=106.5&limit=0", /limit.*(at least 1|too small)/],
        [
          "lat=29.5&lng=106.5&zone=warm",
          /(zone must be ambient|ambient, chilled, frozen.*zone)/,
        ],
        ["lat=29.5&lng=106.5&date=2026-02-30", /date must be a calendar day/],
        [
          "lat=29.5&lng=106.5&district_code=5001",
          /district_code must be a 6-digit/,
        ],
        ["lat=29.5&lng=106.5&sort=name", /sort/],
      ])("answers 400 naming the field for %s", async (qs, message) => {
        const err = await fail(api.get(`/store/pickup-points?${qs}`, store))
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(message)
      })

      it("needs a publishable key", async () => {
        const err = await fail(
          api.get(`/store/pickup-points?lat=29.5&lng=106.5`)
        )
        expect(err.status).toBe(400)
        expect(err.data.message).toMatch(/x-publishable-api-key/)
      })
    })

    describe("GET /store/pickup-points/:id", () => {
      it("returns one active point with its distance when lat/lng are given", async () => {
        const [point] = await pickup().listPickupPoints({
          handle: "yuzhong-jiefangbei-bayi-rd",
        })
        const res = await api.get(
          `/store/pickup-points/${point.id}?lat=${JFB.lat}&lng=${JFB.lng}`,
          store
        )
        expect(res.data.pickup_point).toEqual(
          expect.objectContaining({
            id: point.id,
            name_zh: "解放碑八一路社区便利店",
            distance_m: Math.round(haversineMeters(JFB, point)),
            available: true,
          })
        )
        expect(res.data.pickup_point.zones.map((z: any) => z.zone)).toEqual([
          "ambient",
          "chilled",
          "frozen",
        ])
        const bare = await api.get(`/store/pickup-points/${point.id}`, store)
        expect(bare.data.pickup_point.distance_m).toBeNull()
      })

      it("answers 404 for paused and unknown points, and 400 for half a position", async () => {
        const [paused] = await pickup().listPickupPoints({
          handle: "banan-jieshi-paused",
        })
        expect(
          (await fail(api.get(`/store/pickup-points/${paused.id}`, store)))
            .status
        ).toBe(404)
        const missing = await fail(
          api.get(`/store/pickup-points/pkpt_missing`, store)
        )
        expect(missing.status).toBe(404)
        expect(missing.data.message).toMatch(/pkpt_missing/)
        const half = await fail(
          api.get(`/store/pickup-points/${paused.id}?lat=29.5`, store)
        )
        expect(half.status).toBe(400)
        expect(half.data.message).toMatch(/lat and lng must be given together/)
      })
    })

    describe("/admin/pickup-points", () => {
      it("lists points with filters, zones and district names", async () => {
        const all = await api.get(`/admin/pickup-points?limit=100`, asAdmin())
        expect(all.data.count).toBe(39)
        expect(all.data.pickup_points[0]).toEqual(
          expect.objectContaining({
            zones: expect.any(Array),
            district: expect.objectContaining({ name_zh: expect.any(String) }),
            contact_name: expect.any(String),
          })
        )
        const paused = await api.get(
          `/admin/pickup-points?status=paused`,
          asAdmin()
        )
        expect(paused.data.pickup_points.map((p: any) => p.handle)).toEqual([
          "banan-jieshi-paused",
        ])
        const lockers = await api.get(
          `/admin/pickup-points?type=locker&district_code=500106`,
          asAdmin()
        )
        expect(lockers.data.count).toBe(2)
        const frozen = await api.get(
          `/admin/pickup-points?zone=frozen&limit=100`,
          asAdmin()
        )
        frozen.data.pickup_points.forEach((p: any) =>
          expect(p.zones.map((z: any) => z.zone)).toContain("frozen")
        )
        const search = await api.get(`/admin/pickup-points?q=观音桥`, asAdmin())
        expect(search.data.count).toBe(2)
      })

      it("creates, edits, pauses, re-activates and deletes a point", async () => {
        const created = await api.post(
          `/admin/pickup-points`,
          newPoint({ handle: "yuzhong-test-store" }),
          asAdmin()
        )
        const id = created.data.pickup_point.id
        expect(created.data.pickup_point).toEqual(
          expect.objectContaining({
            handle: "yuzhong-test-store",
            status: "active",
            free_storage_hours: 48,
            zones: [
              expect.objectContaining({ zone: "ambient", compartments: 10 }),
            ],
          })
        )

        const edited = await api.post(
          `/admin/pickup-points/${id}`,
          {
            name_en: "Renamed store",
            zones: [
              { zone: "ambient", compartments: 12 },
              { zone: "chilled", compartments: 4 },
            ],
          },
          asAdmin()
        )
        expect(edited.data.pickup_point.name_en).toBe("Renamed store")
        expect(
          edited.data.pickup_point.zones
            .map((z: any) => `${z.zone}:${z.compartments}`)
            .sort()
        ).toEqual(["ambient:12", "chilled:4"])

        const paused = await api.post(
          `/admin/pickup-points/${id}/pause`,
          {},
          asAdmin()
        )
        expect(paused.data.pickup_point.status).toBe("paused")
        const storeView = await api.get(
          `/store/pickup-points?lat=29.558&lng=106.578&radius_km=0.2`,
          store
        )
        expect(
          storeView.data.pickup_points.map((p: any) => p.id)
        ).not.toContain(id)
        const active = await api.post(
          `/admin/pickup-points/${id}/activate`,
          {},
          asAdmin()
        )
        expect(active.data.pickup_point.status).toBe("active")

        const zones = await api.post(
          `/admin/pickup-points/${id}/zones`,
          { zones: [{ zone: "frozen", compartments: 2 }] },
          asAdmin()
        )
        expect(zones.data.pickup_point.zones).toEqual([
          expect.objectContaining({ zone: "frozen", compartments: 2 }),
        ])

        const deleted = await api.delete(
          `/admin/pickup-points/${id}`,
          asAdmin()
        )
        expect(deleted.data).toEqual({
          id,
          object: "pickup_point",
          deleted: true,
        })
        expect(
          (await fail(api.get(`/admin/pickup-points/${id}`, asAdmin()))).status
        ).toBe(404)
      })

      it("reports capacity per zone and day", async () => {
        const created = await api.post(
          `/admin/pickup-points`,
          newPoint(),
          asAdmin()
        )
        const id = created.data.pickup_point.id
        await pickup().createPickupReservations([
          {
            point_id: id,
            zone: "ambient",
            arrival_date: "2026-12-02",
            order_id: "o1",
          },
          {
            point_id: id,
            zone: "ambient",
            arrival_date: "2026-12-02",
            order_id: "o2",
            status: "released",
          },
        ])
        const res = await api.get(
          `/admin/pickup-points/${id}/capacity?from=2026-12-01&days=2`,
          asAdmin()
        )
        expect(res.data.capacity).toEqual([
          {
            zone: "ambient",
            compartments: 10,
            days: [
              { date: "2026-12-01", reserved: 0, free: 10 },
              { date: "2026-12-02", reserved: 1, free: 9 },
            ],
          },
        ])
      })

      it("refuses bad input with 400s naming the field", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [newPoint({ lat: 95 }), /lat.*(between -90 and 90|too big)/],
          [newPoint({ handle: "Bad Handle" }), /handle must be lowercase/],
          [newPoint({ district_code: "999999" }), /district_code "999999"/],
          [newPoint({ district_code: "500000" }), /province/],
          [newPoint({ zones: [] }), /zones.*(at least one zone|too small)/],
          [
            newPoint({
              zones: [
                { zone: "ambient", compartments: 1 },
                { zone: "ambient", compartments: 2 },
              ],
            }),
            /"ambient" more than once/,
          ],
          [
            newPoint({ zones: [{ zone: "warm", compartments: 1 }] }),
            /zones, 0, zone|zone must be ambient/,
          ],
          [
            newPoint({
              opening_hours: [{ days: [1], open: "20:00", close: "08:00" }],
            }),
            /close after it opens/,
          ],
          [
            newPoint({
              opening_hours: [{ days: [1], open: "8am", close: "21:00" }],
            }),
            /HH:MM/,
          ],
          [newPoint({ code_hash: "x" }), /code_hash/],
        ]
        for (const [body, message] of cases) {
          const err = await fail(
            api.post(`/admin/pickup-points`, body, asAdmin())
          )
          expect([err.status, err.data.message]).toEqual([
            400,
            expect.stringMatching(message),
          ])
        }
        await api.post(
          `/admin/pickup-points`,
          newPoint({ handle: "dup-point" }),
          asAdmin()
        )
        const dup = await fail(
          api.post(
            `/admin/pickup-points`,
            newPoint({ handle: "dup-point" }),
            asAdmin()
          )
        )
        expect(dup.status).toBe(400)
        expect(dup.data.message).toMatch(/handle "dup-point" is already used/)
        const missing = await fail(
          api.post(
            `/admin/pickup-points/pkpt_missing`,
            { name_en: "x" },
            asAdmin()
          )
        )
        expect(missing.status).toBe(404)
      })

      it("refuses to drop a zone or delete a point that still has work", async () => {
        const created = await api.post(
          `/admin/pickup-points`,
          newPoint({
            zones: [
              { zone: "ambient", compartments: 5 },
              { zone: "chilled", compartments: 5 },
            ],
          }),
          asAdmin()
        )
        const id = created.data.pickup_point.id
        await pickup().createPickupReservations({
          point_id: id,
          zone: "chilled",
          arrival_date: "2099-01-01",
          order_id: "order_future",
        })
        const drop = await fail(
          api.post(
            `/admin/pickup-points/${id}/zones`,
            { zones: [{ zone: "ambient", compartments: 5 }] },
            asAdmin()
          )
        )
        expect(drop.status).toBe(400)
        expect(drop.data.message).toMatch(/chilled zone cannot be removed/)
        const del = await fail(
          api.delete(`/admin/pickup-points/${id}`, asAdmin())
        )
        expect(del.status).toBe(400)
        expect(del.data.message).toMatch(/pause it instead/)
      })

      it("is for admins only: 401 without a token or with a customer's", async () => {
        expect((await fail(api.get(`/admin/pickup-points`))).status).toBe(401)
        const customer = bearer(getContainer(), {
          actor_id: "cus_123",
          actor_type: "customer",
          auth_identity_id: "authid_123",
        })
        expect(
          (await fail(api.get(`/admin/pickup-points`, customer))).status
        ).toBe(401)
        expect(
          (await fail(api.post(`/admin/pickup-points`, newPoint(), customer)))
            .status
        ).toBe(401)
        expect((await fail(api.get(`/admin/parcels`, customer))).status).toBe(
          401
        )
      })
    })

    describe("GET /admin/parcels", () => {
      it("filters the board by status and point and never shows codes", async () => {
        const [a] = await pickup().listPickupPoints({
          handle: "yuzhong-jiefangbei-bayi-rd",
        })
        const [b] = await pickup().listPickupPoints({
          handle: "nanan-nanping-locker",
        })
        await pickup().createParcels([
          {
            order_id: "order_a1",
            vendor_id: "ven_1",
            zone: "ambient",
            point_id: a.id,
            status: "ready_for_pickup",
            code_hash: "secret-hash",
            code_nonce: "nonce",
          },
          {
            order_id: "order_a2",
            vendor_id: "ven_1",
            zone: "chilled",
            point_id: a.id,
          },
          {
            order_id: "order_b1",
            vendor_id: "ven_2",
            zone: "ambient",
            point_id: b.id,
            status: "ready_for_pickup",
          },
        ])
        const ready = await api.get(
          `/admin/parcels?status=ready_for_pickup`,
          asAdmin()
        )
        expect(ready.data.count).toBe(2)
        const atA = await api.get(
          `/admin/parcels?status=ready_for_pickup&point_id=${a.id}`,
          asAdmin()
        )
        expect(atA.data.parcels).toHaveLength(1)
        expect(atA.data.parcels[0]).toEqual(
          expect.objectContaining({
            order_id: "order_a1",
            point: expect.objectContaining({
              name_zh: "解放碑八一路社区便利店",
            }),
          })
        )
        expect(atA.data.parcels[0]).not.toHaveProperty("code_hash")
        expect(atA.data.parcels[0]).not.toHaveProperty("code_nonce")
        const sneaky = await api.get(
          `/admin/parcels?fields=code_hash,code_nonce`,
          asAdmin()
        )
        sneaky.data.parcels.forEach((p: any) => {
          expect(p).not.toHaveProperty("code_hash")
          expect(p).not.toHaveProperty("code_nonce")
        })
        const bad = await fail(api.get(`/admin/parcels?status=lost`, asAdmin()))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/field 'status'|status must be one of/)
      })
    })

    describe("pickup-point workflows roll back", () => {
      it("removes a created point when a later step fails", async () => {
        const workflow = createPickupPointWorkflow(getContainer())
        workflow.appendAction("throw", createPickupPointStepId, {
          invoke: async () => {
            throw new Error("injected failure after create")
          },
        })
        const { errors } = await workflow.run({
          input: newPoint({ handle: "rollback-create" }) as any,
          throwOnError: false,
        })
        expect(errors.length).toBeGreaterThan(0)
        expect(
          await pickup().listPickupPoints({ handle: "rollback-create" })
        ).toEqual([])
        expect(
          await pickup().listPickupPoints(
            { handle: "rollback-create" },
            { withDeleted: true }
          )
        ).toEqual([])
      })

      it("restores fields and zones when an update fails", async () => {
        const { result: point } = await createPickupPointWorkflow(
          getContainer()
        ).run({
          input: newPoint({
            zones: [
              { zone: "ambient", compartments: 5 },
              { zone: "chilled", compartments: 3 },
            ],
          }) as any,
        })
        const workflow = updatePickupPointWorkflow(getContainer())
        workflow.appendAction("throw", setPickupPointZonesStepId, {
          invoke: async () => {
            throw new Error("injected failure after zones")
          },
        })
        const { errors } = await workflow.run({
          input: {
            id: point.id,
            update: { name_en: "Changed", status: "paused" },
            zones: [
              { zone: "ambient", compartments: 9 },
              { zone: "frozen", compartments: 1 },
            ],
          },
          throwOnError: false,
        })
        expect(errors.length).toBeGreaterThan(0)
        const [after] = await pickup().listPickupPoints(
          { id: point.id },
          { relations: ["zones"] }
        )
        expect([after.name_en, after.status]).toEqual(["Test store", "active"])
        expect(
          after.zones.map((z) => `${z.zone}:${z.compartments}`).sort()
        ).toEqual(["ambient:5", "chilled:3"])
      })

      it("restores a deleted point when a later step fails", async () => {
        const { result: point } = await createPickupPointWorkflow(
          getContainer()
        ).run({
          input: newPoint() as any,
        })
        const workflow = deletePickupPointWorkflow(getContainer())
        workflow.appendAction("throw", deletePickupPointStepId, {
          invoke: async () => {
            throw new Error("injected failure after delete")
          },
        })
        const { errors } = await workflow.run({
          input: { id: point.id },
          throwOnError: false,
        })
        expect(errors.length).toBeGreaterThan(0)
        const [after] = await pickup().listPickupPoints(
          { id: point.id },
          { relations: ["zones"] }
        )
        expect(after.zones).toHaveLength(1)
      })

      it("seeds idempotently", async () => {
        const again = await seedPickupPoints(getContainer(), () => {})
        expect(again).toEqual({ created: 0, kept: 39 })
      })
    })
  },
})
