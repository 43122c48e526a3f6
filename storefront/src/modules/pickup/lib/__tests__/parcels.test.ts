import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { StaffParcel } from "@lib/data/pickup-staff-types"
import {
  apiOrderFor,
  groupParcelsByStatus,
  isParcelStatus,
  PARCEL_STATUSES,
} from "../parcels"

const parcel = (id: string, over: Partial<StaffParcel>): StaffParcel =>
  ({
    id,
    status: "ready_for_pickup",
    eta: null,
    deadline_at: null,
    picked_up_at: null,
    returned_at: null,
    updated_at: "2026-11-24T00:00:00Z",
    ...over,
  }) as StaffParcel

describe("groupParcelsByStatus", () => {
  it("puts every parcel under its status and keeps every status, even empty", () => {
    const groups = groupParcelsByStatus([
      parcel("a", { status: "awaiting_arrival" }),
      parcel("b", { status: "overdue" }),
      parcel("c", { status: "ready_for_pickup" }),
    ])
    assert.deepEqual(Object.keys(groups), PARCEL_STATUSES)
    assert.deepEqual(
      groups.awaiting_arrival.map((p) => p.id),
      ["a"]
    )
    assert.deepEqual(
      groups.overdue.map((p) => p.id),
      ["b"]
    )
    assert.deepEqual(
      groups.ready_for_pickup.map((p) => p.id),
      ["c"]
    )
    assert.deepEqual(groups.returned, [])
  })

  it("sorts waiting parcels by deadline, arrivals by ETA (undated last), finished ones latest first", () => {
    const groups = groupParcelsByStatus([
      parcel("later", { deadline_at: "2026-11-26T10:00:00Z" }),
      parcel("sooner", { deadline_at: "2026-11-25T10:00:00Z" }),
      parcel("no-eta", { status: "awaiting_arrival" }),
      parcel("eta-2", {
        status: "awaiting_arrival",
        eta: "2026-11-24T12:00:00Z",
      }),
      parcel("eta-1", {
        status: "awaiting_arrival",
        eta: "2026-11-24T10:00:00Z",
      }),
      parcel("old", {
        status: "picked_up",
        picked_up_at: "2026-11-20T10:00:00Z",
      }),
      parcel("new", {
        status: "picked_up",
        picked_up_at: "2026-11-23T10:00:00Z",
      }),
    ])
    assert.deepEqual(
      groups.ready_for_pickup.map((p) => p.id),
      ["sooner", "later"]
    )
    assert.deepEqual(
      groups.awaiting_arrival.map((p) => p.id),
      ["eta-1", "eta-2", "no-eta"]
    )
    assert.deepEqual(
      groups.picked_up.map((p) => p.id),
      ["new", "old"]
    )
  })

  it("drops statuses it does not know", () => {
    const groups = groupParcelsByStatus([
      parcel("x", { status: "lost" as StaffParcel["status"] }),
    ])
    assert.equal(Object.values(groups).flat().length, 0)
    assert.equal(isParcelStatus("lost"), false)
    assert.equal(isParcelStatus("overdue"), true)
  })

  it("asks the API for the same order it shows", () => {
    assert.equal(apiOrderFor("awaiting_arrival"), "eta")
    assert.equal(apiOrderFor("overdue"), "deadline_at")
    assert.equal(apiOrderFor("picked_up"), "-picked_up_at")
  })
})
