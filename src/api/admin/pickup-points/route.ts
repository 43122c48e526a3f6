import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPickupPointWorkflow } from "../../../workflows/pickup"
import {
  pickupPointListFilters,
  refetchPickupPoint,
  withDistrict,
} from "./helpers"
import type {
  AdminCreatePickupPointType,
  AdminGetPickupPointsParamsType,
} from "./validators"

/** Pickup points with their zones, filtered by status, type, district or zone. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPickupPointsParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "pickup_point",
    fields: req.queryConfig.fields,
    filters: await pickupPointListFilters(req.scope, req.validatedQuery),
    pagination: {
      order: { handle: "ASC" },
      ...req.queryConfig.pagination,
    },
  })
  res.json({
    pickup_points: data.map((p: any) => withDistrict(p)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** Creates a pickup point with its zones. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePickupPointType>,
  res: MedusaResponse
) {
  const { result } = await createPickupPointWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ pickup_point: await refetchPickupPoint(req.scope, result.id) })
}
