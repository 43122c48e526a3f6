import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  deleteOriginRegionWorkflow,
  updateOriginRegionWorkflow,
} from "../../../../workflows/origin"
import { refetchOne } from "../../utils/refetch"
import { adminOriginRegionFields } from "../query-config"
import type { AdminUpdateOriginRegionType } from "../validators"

const fetchRegion = (req: AuthenticatedMedusaRequest, fields: string[]) =>
  refetchOne(req.scope, "origin_region", "Origin region", req.params.id, fields)

/** One region. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ origin_region: await fetchRegion(req, req.queryConfig.fields) })
}

/** Edits a region's names, level, parent or coordinates. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateOriginRegionType>,
  res: MedusaResponse
) {
  await updateOriginRegionWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({ origin_region: await fetchRegion(req, adminOriginRegionFields) })
}

/** Deletes a region no region or brand refers to. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await deleteOriginRegionWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "origin_region", deleted: true })
}
