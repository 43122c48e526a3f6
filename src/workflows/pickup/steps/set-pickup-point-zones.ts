import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupZoneName } from "../../../modules/pickup/types"
import { diffZones, type PickupZoneInput } from "../utils/pickup-point-input"

export type SetPickupPointZonesStepInput = {
  point_id: string
  /** The zones the point will have; undefined leaves them alone. */
  zones?: PickupZoneInput[]
}

type Undo = {
  created: string[]
  updated: { id: string; compartments: number }[]
  removed: string[]
}

export const setPickupPointZonesStepId = "set-pickup-point-zones"

/**
 * This step makes a point's zones exactly the given list: it adds new
 * zones, changes compartment counts and soft-deletes zones left out. On
 * rollback it undoes each of those.
 */
export const setPickupPointZonesStep = createStep(
  setPickupPointZonesStepId,
  async (input: SetPickupPointZonesStepInput, { container }) => {
    if (!input.zones) {
      return new StepResponse(void 0)
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const current = await pickup.listPickupZones(
      { point_id: input.point_id },
      { select: ["id", "zone", "compartments"] }
    )
    const diff = diffZones(
      current as { id: string; zone: PickupZoneName; compartments: number }[],
      input.zones
    )
    const undo: Undo = {
      created: [],
      updated: diff.update.map((z) => ({
        id: z.id,
        compartments: current.find((c) => c.id === z.id)!.compartments,
      })),
      removed: diff.remove.map((z) => z.id),
    }
    if (diff.create.length) {
      const created = await pickup.createPickupZones(
        diff.create.map((z) => ({ ...z, point_id: input.point_id }))
      )
      undo.created = created.map((z) => z.id)
    }
    if (diff.update.length) {
      await pickup.updatePickupZones(
        diff.update.map(({ id, compartments }) => ({ id, compartments }))
      )
    }
    if (undo.removed.length) {
      await pickup.softDeletePickupZones(undo.removed)
    }
    return new StepResponse(void 0, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    if (undo.removed.length) {
      await pickup.restorePickupZones(undo.removed)
    }
    if (undo.updated.length) {
      await pickup.updatePickupZones(undo.updated)
    }
    if (undo.created.length) {
      await pickup.deletePickupZones(undo.created)
    }
  }
)
