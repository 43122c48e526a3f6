import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  Parcel,
  ParcelEvent,
  PickupPoint,
  PickupReservation,
  PickupStaff,
  PickupStaffMembership,
  PickupZone,
} from "./models"
import type {
  AvailableCapacityInput,
  ParcelTransition,
  ListNearestPointsInput,
  NearestPickupPoint,
  NearestPointZone,
  PickupZoneName,
} from "./types"
import { MEAN_EARTH_RADIUS_M, PG_EARTH_RADIUS_M } from "./utils/geo"

// earthdistance measures on a sphere of earth() metres; scale to the mean
// radius so distance_m and the radius cut-off agree with haversine.
const SCALE = MEAN_EARTH_RADIUS_M / PG_EARTH_RADIUS_M

type PointRow = Omit<NearestPickupPoint, "zones" | "distance_m"> & {
  distance_m: string | number
}

class PickupModuleService extends MedusaService({
  PickupPoint,
  PickupZone,
  PickupReservation,
  Parcel,
  ParcelEvent,
  PickupStaff,
  PickupStaffMembership,
}) {
  /**
   * Points within `radius_km` of (lat, lng), nearest first. The GiST index on
   * `earth_point` (stored `ll_to_earth(lat, lng)`) serves both the `earth_box` pre-filter and the
   * KNN ordering (`<->` is the chord length, monotonic in arc length, so the
   * order is the true great-circle order).
   */
  @InjectManager()
  async listNearestPoints(
    input: ListNearestPointsInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<NearestPickupPoint[]> {
    const knex = this.knex_(sharedContext)
    const radiusM = input.radius_km * 1000
    const filters: string[] = []
    const bindings: string[] = []

    if (!input.include_paused) {
      filters.push(`p.status = 'active'`)
    }
    if (input.district_code) {
      filters.push(`p.district_code = ?`)
      bindings.push(input.district_code)
    }
    if (input.zone) {
      filters.push(
        `EXISTS (SELECT 1 FROM pickup_zone z WHERE z.point_id = p.id
           AND z.zone = ? AND z.compartments > 0 AND z.deleted_at IS NULL)`
      )
      bindings.push(input.zone)
    }
    if (input.date && input.only_available) {
      filters.push(
        `EXISTS (SELECT 1 FROM pickup_zone z WHERE z.point_id = p.id
           AND z.deleted_at IS NULL ${input.zone ? "AND z.zone = ?" : ""}
           AND z.compartments > (SELECT count(*) FROM pickup_reservation r
             WHERE r.point_id = z.point_id AND r.zone = z.zone
               AND r.arrival_date = ? AND r.status = 'active'
               AND r.deleted_at IS NULL))`
      )
      if (input.zone) {
        bindings.push(input.zone)
      }
      bindings.push(input.date)
    }

    const sql = `
      SELECT p.id, p.handle, p.name_zh, p.name_en, p.type, p.address_zh,
        p.address_en, p.district_code, p.lat, p.lng, p.opening_hours,
        p.status, p.free_storage_hours,
        earth_distance(ll_to_earth(?, ?), p.earth_point) * ?
          AS distance_m
      FROM pickup_point p
      WHERE p.deleted_at IS NULL
        AND earth_box(ll_to_earth(?, ?), ?) @> p.earth_point
        AND earth_distance(ll_to_earth(?, ?), p.earth_point) * ? <= ?
        ${filters.map((f) => `AND ${f}`).join("\n")}
      ORDER BY p.earth_point <-> ll_to_earth(?, ?), p.id
      LIMIT ?`
    const { lat, lng } = input
    const result = await knex.raw(sql, [
      lat,
      lng,
      SCALE,
      lat,
      lng,
      radiusM / SCALE,
      lat,
      lng,
      SCALE,
      radiusM,
      ...bindings,
      lat,
      lng,
      input.limit,
    ])
    const rows = result.rows as PointRow[]
    if (!rows.length) {
      return []
    }

    const zones = await this.zonesOf_(
      knex,
      rows.map((r) => r.id),
      input.date
    )
    return rows.map((row) => ({
      ...row,
      lat: Number(row.lat),
      lng: Number(row.lng),
      distance_m: Math.round(Number(row.distance_m)),
      zones: zones.get(row.id) ?? [],
    }))
  }

  /**
   * Free compartments per point for one zone on one arrival day: the zone's
   * daily compartments minus active reservations, never below zero. Points
   * without the zone map to 0.
   */
  @InjectManager()
  async availableCapacity(
    input: AvailableCapacityInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const out: Record<string, number> = {}
    input.point_ids.forEach((id) => (out[id] = 0))
    if (!input.point_ids.length) {
      return out
    }
    const knex = this.knex_(sharedContext)
    const result = await knex.raw(
      `SELECT z.point_id, z.compartments - (
         SELECT count(*) FROM pickup_reservation r
         WHERE r.point_id = z.point_id AND r.zone = z.zone
           AND r.arrival_date = ? AND r.status = 'active'
           AND r.deleted_at IS NULL) AS free
       FROM pickup_zone z
       WHERE z.point_id = ANY(?::text[]) AND z.zone = ?
         AND z.deleted_at IS NULL`,
      [input.arrival_date, input.point_ids, input.zone]
    )
    for (const row of result.rows as { point_id: string; free: string }[]) {
      out[row.point_id] = Math.max(0, Number(row.free))
    }
    return out
  }

  /**
   * Moves parcels to `to` only where their status is still one of `from`,
   * in one `UPDATE … WHERE status = ANY(from)`, so a change made since they
   * were read (a handover, a second job run) is never overwritten. Returns
   * the ids that moved.
   */
  @InjectManager()
  async transitionParcels(
    input: ParcelTransition,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    return await this.transitionParcels_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async transitionParcels_(
    input: ParcelTransition,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!input.ids.length || !input.from.length) {
      return []
    }
    const knex = this.knex_(sharedContext)
    const rows: { id: string }[] = await knex("parcel")
      .whereIn("id", input.ids)
      .whereIn("status", input.from)
      .whereNull("deleted_at")
      .update({
        ...(input.data ?? {}),
        status: input.to,
        updated_at: knex.fn.now(),
      })
      .returning("id")
    return rows.map((row) => row.id)
  }

  protected async zonesOf_(
    knex: Knex,
    pointIds: string[],
    date?: string
  ): Promise<Map<string, NearestPointZone[]>> {
    const result = await knex.raw(
      `SELECT z.point_id, z.zone, z.compartments,
         CASE WHEN ?::text IS NULL THEN NULL ELSE z.compartments - (
           SELECT count(*) FROM pickup_reservation r
           WHERE r.point_id = z.point_id AND r.zone = z.zone
             AND r.arrival_date = ?::text AND r.status = 'active'
             AND r.deleted_at IS NULL) END AS free
       FROM pickup_zone z
       WHERE z.point_id = ANY(?::text[]) AND z.deleted_at IS NULL
       ORDER BY z.point_id, array_position(
         ARRAY['ambient', 'chilled', 'frozen'], z.zone::text)`,
      [date ?? null, date ?? null, pointIds]
    )
    const byPoint = new Map<string, NearestPointZone[]>()
    for (const row of result.rows as {
      point_id: string
      zone: PickupZoneName
      compartments: number
      free: string | null
    }[]) {
      const list = byPoint.get(row.point_id) ?? []
      list.push({
        zone: row.zone,
        compartments: Number(row.compartments),
        free: row.free === null ? null : Math.max(0, Number(row.free)),
      })
      byPoint.set(row.point_id, list)
    }
    return byPoint
  }

  // Bound to the caller's transaction when there is one, so reads see
  // reservations written earlier in the same workflow.
  protected knex_(
    context: Pick<Context, "manager" | "transactionManager">
  ): Knex {
    const manager = (context.transactionManager ?? context.manager) as any
    return (manager.getTransactionContext() ?? manager.getKnex()) as Knex
  }
}

export default PickupModuleService
