import type { MedusaContainer } from "@medusajs/framework/types"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import {
  createPickupPointWorkflow,
  type CreatePickupPointWorkflowInput,
} from "../../workflows/pickup"
import { readDemoFile } from "./data"

export type DemoPickupPoints = {
  pickup_points: CreatePickupPointWorkflowInput[]
}

/**
 * Creates the demo pickup points from data/demo/pickup-points.json through
 * the admin's workflow. Points are looked up by handle, so a second run
 * keeps existing points (and any edits made in the admin) untouched.
 */
export async function seedPickupPoints(
  container: MedusaContainer,
  log: (message: string) => void,
  data = readDemoFile<DemoPickupPoints>("pickup-points.json")
) {
  const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const handles = data.pickup_points.map((p) => p.handle)
  const existing = await pickup.listPickupPoints(
    { handle: handles },
    { select: ["handle"], take: handles.length }
  )
  const known = new Set(existing.map((p) => p.handle))
  let created = 0
  for (const point of data.pickup_points) {
    if (known.has(point.handle)) {
      continue
    }
    await createPickupPointWorkflow(container).run({ input: point })
    created++
  }
  log(`pickup points: ${created} new, ${known.size} kept`)
  return { created, kept: known.size }
}
